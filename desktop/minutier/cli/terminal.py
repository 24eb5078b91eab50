"""What the command line writes: record text never obeyed by the terminal, a closed pipe quiet.

Every command's output (tables, JSON, sentences quoting records, error lines) goes through
``SafeStream``, which writes control characters and bidirectional overrides as visible escapes
(``minutier.core.controls``): a title holding CSI (U+009B) or ESC cannot recolour, clear or
retitle the terminal, nor reorder what is shown. ``… | head`` closing the pipe early ends the
command quietly (``quiet_broken_pipe``).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from minutier.core import controls

# JSON escapes C0 controls itself; C1 and the bidi controls are legal raw in JSON strings.
_JSON_RAW = re.compile(r"[\x7f-\x9f" + controls.BIDI_CONTROLS + "]")


class SafeStream:
    """A text stream that writes controls and bidi overrides as ``\\x1b``, ``\\u202e``."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(controls.for_terminal(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def safe_output() -> Iterator[None]:
    """Route ``sys.stdout`` and ``sys.stderr`` through ``SafeStream`` for one command."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def json_text(value: Any) -> str:
    """JSON with every control and bidi override escaped as ``\\uXXXX`` (still valid JSON)."""
    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=str)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def quiet_broken_pipe() -> None:
    """The reader went away (``| head``): send what is left to the null device, say nothing.

    Without it Python prints "Exception ignored … BrokenPipeError" when it flushes stdout
    at exit.
    """
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
