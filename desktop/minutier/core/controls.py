"""Characters a record may not hold, and record text shown on a terminal without being obeyed.

C0 and C1 control characters (ESC, CSI U+009B…) make a terminal move the cursor, recolour or
retitle it; the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) make text
display in an order other than the one it is stored in. None belongs in a committee's record:
validation refuses them (line breaks and tabs excepted), and ``for_terminal`` writes any that
reach a terminal anyway (an older file, an error quoting input) as visible escapes.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# What validation refuses: every control but tab, line feed and carriage return (text areas
# send them; ``clean_value`` normalises them), and the bidirectional overrides and isolates.
FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + BIDI_CONTROLS + "]")
# What a terminal must never receive raw: the same, plus carriage return (it rewrites a line).
_TERMINAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f" + BIDI_CONTROLS + "]")


def has_forbidden(text: str) -> bool:
    """Whether ``text`` holds a control character or a bidirectional override."""
    return FORBIDDEN.search(text) is not None


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str) -> str:
    """``text`` with controls and bidi overrides written as ``\\x1b``, ``\\u202e``; rest kept."""
    return _TERMINAL.sub(_escape, text)
