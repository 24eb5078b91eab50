"""Undo-step texts kept as their English source and arguments, said in the language shown.

An undo step lives longer than the language it was done in: the Edit menu's "Undo …" must
follow a language switch. ``UndoStep.tr(source, disambiguation, n)`` (context ``UndoStep``,
found by lupdate like any ``tr``) gives the text in the current language and remembers the
source, the count and the arguments (``.arg(name)``), so ``again()`` says it anew. An argument
is kept as typed (a record's name) unless it is itself translatable (``Said``: a status).
``shown(label)`` translates a label stored in the register's history (English, as services
write it) in the same context when it can, and shows it as stored otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "UndoStep"


class Said(str):
    """A translated text that can say itself again: context, source, count and arguments."""

    context: str
    source: str
    disambiguation: str | None
    n: int
    args: tuple[str, ...]
    lower: bool

    def __new__(
        cls,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
        args: tuple[str, ...] = (),
        lower: bool = False,
    ) -> Said:
        text = QCoreApplication.translate(context, source, disambiguation, n)
        text = _fill(text, tuple(str(_again(a)) for a in args))
        said = super().__new__(cls, text.lower() if lower else text)
        said.context, said.source, said.disambiguation = context, source, disambiguation
        said.n, said.args, said.lower = n, args, lower
        return said

    def arg(self, *values: str) -> Said:
        """The same text with ``%1``, ``%2``… filled (a ``Said`` value is translated too)."""
        return type(self)(
            self.context, self.source, self.disambiguation, self.n, values, self.lower
        )

    def lowered(self) -> Said:
        """The same text in lower case, in every language it is said in."""
        return type(self)(self.context, self.source, self.disambiguation, self.n, self.args, True)

    def again(self) -> Said:
        """The text in the language installed now."""
        return type(self)(
            self.context, self.source, self.disambiguation, self.n, self.args, self.lower
        )

    def english(self) -> str:
        """The source with its arguments (the label a register's history keeps)."""
        text = self.source.replace("%n", str(self.n)) if self.n >= 0 else self.source
        if self.n == 1:  # English sources are written with "(s)" for the plural
            text = text.replace("(s)", "")
        else:
            text = text.replace("(s)", "s")
        text = _fill(text, tuple(a.english() if isinstance(a, Said) else a for a in self.args))
        return text.lower() if self.lower else text


class UndoStep(Said):
    """The text of one undo step; ``UndoStep.tr(...)`` is its only constructor in use."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> UndoStep:  # type: ignore[override]
        return cls(CONTEXT, source, disambiguation, n)


def _fill(text: str, values: tuple[str, ...]) -> str:
    """Replace ``%1``…``%9`` in one pass (a value containing "%2" is not filled again)."""
    if not values:
        return text
    return re.sub(
        r"%([1-9])",
        lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
        text,
    )


def _again(value: str) -> str:
    return value.again() if isinstance(value, Said) else value


def again(text: str) -> str:
    """``text`` in the language installed now (plain strings are kept as they are)."""
    return _again(text)


# Labels services write into the history (English), translated when the history is shown.
# A name inside a label ("Edit «Budget»") is matched by its template's %1.
SERVICE_LABELS = (
    QT_TRANSLATE_NOOP("UndoStep", "Undo: %1"),
    QT_TRANSLATE_NOOP("UndoStep", "Redo: %1"),
    QT_TRANSLATE_NOOP("UndoStep", "Create action"),
    QT_TRANSLATE_NOOP("UndoStep", "Record decision"),
    QT_TRANSLATE_NOOP("UndoStep", "Record note"),
    QT_TRANSLATE_NOOP("UndoStep", "Record announcement"),
    QT_TRANSLATE_NOOP("UndoStep", "Record attendance"),
    QT_TRANSLATE_NOOP("UndoStep", "Record line, owner to resolve"),
    QT_TRANSLATE_NOOP("UndoStep", "Record line and new person"),
    QT_TRANSLATE_NOOP("UndoStep", "Record line and new organisation"),
    QT_TRANSLATE_NOOP("UndoStep", "Plan meeting"),
    QT_TRANSLATE_NOOP("UndoStep", "Plan next meeting"),
    QT_TRANSLATE_NOOP("UndoStep", "Plan meetings of a series"),
    QT_TRANSLATE_NOOP("UndoStep", "Add agenda item"),
    QT_TRANSLATE_NOOP("UndoStep", "Move agenda item"),
    QT_TRANSLATE_NOOP("UndoStep", "Change meeting status"),
    QT_TRANSLATE_NOOP("UndoStep", "Add progress note"),
    QT_TRANSLATE_NOOP("UndoStep", "Approve minutes"),
    QT_TRANSLATE_NOOP("UndoStep", "Open amendment of minutes"),
    QT_TRANSLATE_NOOP("UndoStep", "Add initiative"),
    QT_TRANSLATE_NOOP("UndoStep", "Edit initiative"),
    QT_TRANSLATE_NOOP("UndoStep", "Change house style"),
    QT_TRANSLATE_NOOP("UndoStep", "Edit %1"),
    QT_TRANSLATE_NOOP("UndoStep", "Create %1"),
    QT_TRANSLATE_NOOP("UndoStep", "Delete %1"),
    QT_TRANSLATE_NOOP("UndoStep", "Attach %1"),
    QT_TRANSLATE_NOOP("UndoStep", "Remove attachment %1"),
    QT_TRANSLATE_NOOP("UndoStep", "Review %1"),
)


@lru_cache(maxsize=1)
def _templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    found = []
    for source in SERVICE_LABELS:
        if "%1" in source:
            pattern = re.escape(source).replace("%1", "(.+)")
            found.append((re.compile(f"^{pattern}$", re.DOTALL), source))
    return tuple(found)


def shown(label: str) -> str:
    """A stored history label in the current language; as stored when nothing translates it."""
    said = QCoreApplication.translate(CONTEXT, label)
    if said != label:
        return said
    for pattern, source in _templates():
        match = pattern.match(label)
        if match is None:
            continue
        inner = match.group(1)
        if source in ("Undo: %1", "Redo: %1"):
            inner = shown(inner)
        translated = QCoreApplication.translate(CONTEXT, source)
        if translated == source and inner == match.group(1):
            continue  # nothing to translate: keep looking, else show as stored
        return _fill(translated, (inner,))
    return label
