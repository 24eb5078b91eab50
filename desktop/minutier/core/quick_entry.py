"""Reading one line typed in live meeting mode: a note, a decision, an action or an announcement.

The grammar is small on purpose, so a secretary can type at the speed of speech:

- plain text is a note;
- ``D: text`` is a decision;
- ``A: @Owner text d'ici fin mars`` is an action: ``@`` is followed by the name of a known
  person or organisation (the longest known name wins, without regard to accents or case),
  and a trailing phrase after "d'ici", "avant le", "pour le", "by", "before", "due"… (or a
  Korean phrase ending in "까지") is the due date, read by :mod:`minutier.core.dates`;
- ``N: @Person text`` is an announcement (the ``@`` part is optional);
- a leading ``!`` marks the entry confidential (``! D: text``, ``!A: @Owner text``, ``! note``):
  the public edition of the minutes and public exports leave it out.

Prefixes may be lower case, followed by a full-width colon (``：``) or preceded by a space (the
French "D : texte"); 결정, 조치 and 발표 work as Korean prefixes. Every refusal is a
``MinutierError`` (a ``ValidationError`` naming the field, or ``Ambiguous``); nothing else is
raised, whatever the line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from minutier.core import dates
from minutier.core.errors import Ambiguous, ValidationError
from minutier.core.text import fold, fold_with_map

# Reasons (English source sentences; the interface translates them).
EMPTY_LINE = "type a note, or D:, A: or N: followed by a text"
EMPTY_TEXT = "nothing is left to record once the owner and due date are taken out"
NOTHING_AFTER_PREFIX = "write the text to record after the prefix"
NO_OWNER_NAME = "type the name of a person or organisation right after @"
UNKNOWN_OWNER = "no person or organisation of the register has this name"
TOO_LONG = "this line is longer than 20,000 characters; use the meeting's editor for long texts"

MAX_LINE = 20_000
_MAX_DATE_WORDS = 6  # no due date anyone types is longer than this
_MAX_MARKERS = 12  # due-date markers examined, counted from the end of the line


class EntryKind(StrEnum):
    NOTE = "note"
    DECISION = "decision"
    ACTION = "action"
    ANNOUNCEMENT = "announcement"


PREFIX_LETTER = {
    EntryKind.DECISION: "D",
    EntryKind.ACTION: "A",
    EntryKind.ANNOUNCEMENT: "N",
}
_PREFIXES = {
    "d": EntryKind.DECISION,
    "a": EntryKind.ACTION,
    "n": EntryKind.ANNOUNCEMENT,
    "결정": EntryKind.DECISION,
    "조치": EntryKind.ACTION,
    "발표": EntryKind.ANNOUNCEMENT,
}
_PREFIX = re.compile(r"\s*(?P<p>[DdAaNn]|결정|조치|발표)[ \t\u00a0\u202f]*[:：]\s*")
_AT = ("@", "＠")
CONFIDENTIAL_MARK = "!"
_CONFIDENTIAL = re.compile(r"\s*[!！]\s*")

# Words that open a due-date phrase. "Strong" ones always announce a date, so a phrase after
# them that is not one is an error; after a "weak" one ("pour", "by") it is ordinary text.
_STRONG = ("d'ici", "au plus tard", "échéance", "echeance", "deadline")
_WEAK = (
    *("avant", "pour", "dans", "sous", "jusqu'au", "jusqu'à"),
    *("due", "by", "before", "until", "till", "in", "within"),
)
_MARKER = re.compile(
    r"(?<!\S)(?P<m>" + "|".join(re.escape(w) for w in (*_STRONG, *_WEAK)) + r")(?=\s)",
    re.IGNORECASE,
)
_KKAJI = re.compile(r"(?P<w>\S*)까지(?=[\s.,;!]|$)")
_APOSTROPHES = str.maketrans({c: "'" for c in "‘’ʼ`´"})
_EDGE_PUNCTUATION = " \t,;:–—-"


@dataclass(frozen=True)
class KnownName:
    """A name a person or organisation can be typed as (``kind`` is "person" or "organisation")."""

    name: str
    kind: str
    id: int


@dataclass(frozen=True)
class ParsedLine:
    """What a live-mode line asks to record."""

    kind: EntryKind
    text: str
    owner: KnownName | None = None
    due: dt.date | None = None
    confidential: bool = False


class OwnerIndex:
    """Known names folded once, so that matching a line costs one pass over the names."""

    def __init__(self, names: Iterable[KnownName | tuple[str, str, int]]) -> None:
        self._names: list[tuple[str, KnownName]] = []
        for n in names:
            known = n if isinstance(n, KnownName) else KnownName(*n)
            folded = fold(known.name.strip())  # = fold_with_map(...)[0], and much faster
            if folded:
                self._names.append((folded, known))

    def __len__(self) -> int:
        return len(self._names)

    def match(self, text: str) -> tuple[KnownName, int] | None:
        """The longest known name ``text`` starts with, and where it ends in ``text``."""
        folded, origin = fold_with_map(text)
        best_len = 0
        found: dict[tuple[str, int], KnownName] = {}
        for name, known in self._names:
            size = len(name)
            if size < best_len or not folded.startswith(name):
                continue
            if size < len(folded) and folded[size].isalnum() and name[-1].isalnum():
                continue  # "@MSITE" is not "@MSIT"
            if size > best_len:
                best_len, found = size, {}
            found.setdefault((known.kind, known.id), known)
        if not found:
            return None
        if len(found) > 1:
            raise Ambiguous(
                "person or organisation", text[: _end(origin, best_len, text)], _names(found)
            )
        return next(iter(found.values())), _end(origin, best_len, text)


def _end(origin: list[int], folded_len: int, text: str) -> int:
    """Index in the original text just past the first ``folded_len`` folded characters."""
    return origin[folded_len] if folded_len < len(origin) else len(text)


def _names(found: dict[tuple[str, int], KnownName]) -> list[str]:
    return [f"{k.name} ({k.kind})" for k in found.values()]


def _quote_owner(rest: str) -> str:
    words = rest.split()
    shown = " ".join(words[:3])
    return "@" + shown + ("…" if len(words) > 3 else "")


def _owner(rest: str, owners: OwnerIndex) -> tuple[KnownName, str]:
    """Split "@Name the rest" into the known owner and the rest of the line."""
    rest = rest[1:]
    if not rest.strip() or rest[0].isspace():
        raise ValidationError("owner", "@" + rest[:40], NO_OWNER_NAME)
    matched = owners.match(rest)
    if matched is None:
        raise ValidationError("owner", _quote_owner(rest), UNKNOWN_OWNER)
    known, end = matched
    return known, rest[end:]


def _try_date(words: list[str], today: dt.date) -> tuple[dt.date, int] | None:
    """The longest run of ``words`` from the start that is a date, and how many words it took."""
    for count in range(min(len(words), _MAX_DATE_WORDS), 0, -1):
        try:
            return dates.parse_due_date(" ".join(words[:count]), today=today), count
        except ValidationError:
            continue
    return None


def _join(before: str, after: str) -> str:
    before, after = before.rstrip(_EDGE_PUNCTUATION), after.strip(_EDGE_PUNCTUATION)
    return f"{before} {after}".strip() if before and after else (before or after)


def _due(body: str, today: dt.date) -> tuple[str, dt.date | None]:
    """Take the due-date phrase out of an action's text: (text without it, due date)."""
    plain = body.translate(_APOSTROPHES)  # same length as body: indexes stay valid
    markers = list(_MARKER.finditer(plain))[-_MAX_MARKERS:]
    suffixes = list(_KKAJI.finditer(plain))[-_MAX_MARKERS:]
    candidates = sorted(
        [(m.start(), "marker", m) for m in markers] + [(m.start(), "kkaji", m) for m in suffixes],
        key=lambda c: c[0],
        reverse=True,
    )
    for _, how, m in candidates:
        if how == "marker":
            words = plain[m.end() :].split()
            found = _try_date(words, today)
            if found is not None:
                day, count = found
                after = _after_words(plain, m.end(), count)
                return _join(body[: m.start()], body[after:]), day
            if m["m"].lower() in _STRONG:
                phrase = " ".join(words[:_MAX_DATE_WORDS]) or m["m"]
                dates.parse_due_date(phrase, today=today)  # raises the reason in words
        else:
            # "다음 주 금요일까지": the word carrying 까지 and up to five words before it.
            before = list(re.finditer(r"\S+", plain[: m.start()]))
            for take in range(min(len(before), _MAX_DATE_WORDS - 1), -1, -1):
                taken = before[len(before) - take :]
                words = [w.group() for w in taken] + ([m["w"]] if m["w"] else [])
                if not words:
                    continue
                try:
                    day = dates.parse_due_date(" ".join(words), today=today)
                except ValidationError:
                    continue
                start = taken[0].start() if taken else m.start()
                return _join(body[:start], body[m.end() :]), day
            dates.parse_due_date(f"{m['w']}까지", today=today)  # raises the reason in words
    return body.strip(), None


def _after_words(text: str, pos: int, count: int) -> int:
    """Index just past ``count`` whitespace-separated words starting at ``pos``."""
    for match in re.finditer(r"\S+", text[pos:]):
        count -= 1
        if count == 0:
            return pos + match.end()
    return len(text)


def parse_line(
    line: str,
    *,
    owners: OwnerIndex | Iterable[KnownName | tuple[str, str, int]] = (),
    today: dt.date,
) -> ParsedLine:
    """Read one live-mode line; ``today`` is the day relative dates count from."""
    if len(line) > MAX_LINE:
        raise ValidationError("text", line, TOO_LONG)
    index = owners if isinstance(owners, OwnerIndex) else OwnerIndex(owners)
    stripped = line.strip()
    if not stripped:
        raise ValidationError("text", line, EMPTY_LINE)
    mark = _CONFIDENTIAL.match(stripped)
    if mark:
        stripped = stripped[mark.end() :]
        if not stripped:
            raise ValidationError("text", line, NOTHING_AFTER_PREFIX)
    confidential = mark is not None
    prefix = _PREFIX.match(stripped)
    if prefix is None:
        return ParsedLine(EntryKind.NOTE, stripped, confidential=confidential)
    kind = _PREFIXES[prefix["p"].lower()]
    rest = stripped[prefix.end() :]
    owner = None
    if kind in (EntryKind.ACTION, EntryKind.ANNOUNCEMENT) and rest.startswith(_AT):
        owner, rest = _owner(rest, index)
    due = None
    if kind == EntryKind.ACTION:
        rest, due = _due(rest, today)
    text = rest.strip(_EDGE_PUNCTUATION + "\n\r")
    if not text:
        reason = EMPTY_TEXT if prefix.end() < len(stripped) else NOTHING_AFTER_PREFIX
        raise ValidationError("text", line, reason)
    return ParsedLine(kind, text, owner, due, confidential)


def format_line(
    kind: EntryKind | str,
    text: str,
    *,
    owner: str | None = None,
    due: dt.date | None = None,
    confidential: bool = False,
) -> str:
    """The line that records this entry again (what in-place correction starts from)."""
    kind = EntryKind(kind)
    mark = f"{CONFIDENTIAL_MARK} " if confidential else ""
    if kind == EntryKind.NOTE:
        return mark + text
    parts = [f"{mark}{PREFIX_LETTER[kind]}:"]
    if owner and kind in (EntryKind.ACTION, EntryKind.ANNOUNCEMENT):
        parts.append(f"@{owner}")
    parts.append(text)
    if due is not None and kind == EntryKind.ACTION:
        parts.append(f"d'ici {due.isoformat()}")
    return " ".join(parts)
