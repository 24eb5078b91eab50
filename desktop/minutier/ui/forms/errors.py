"""The sentence shown for a refusal, next to the field or entry box it concerns.

Reasons raised by the forms and the quick-entry grammar are translated here; every other
error goes through the window's translation of errors (``minutier.ui.errors.user_message``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from minutier.core import quick_entry
from minutier.core.errors import MinutierError, ValidationError
from minutier.services import live
from minutier.ui.errors import user_message
from minutier.ui.forms import refs
from minutier.ui.forms.labels import field_label

CONTEXT = "FormErrors"
REASONS = {
    quick_entry.EMPTY_LINE: QT_TRANSLATE_NOOP(
        "FormErrors", "type a note, or D:, A: or N: followed by a text"
    ),
    quick_entry.EMPTY_TEXT: QT_TRANSLATE_NOOP(
        "FormErrors", "nothing is left to record once the owner and due date are taken out"
    ),
    quick_entry.NOTHING_AFTER_PREFIX: QT_TRANSLATE_NOOP(
        "FormErrors", "write the text to record after the prefix"
    ),
    quick_entry.NO_OWNER_NAME: QT_TRANSLATE_NOOP(
        "FormErrors", "type the name of a person or organisation right after @"
    ),
    quick_entry.UNKNOWN_OWNER: QT_TRANSLATE_NOOP(
        "FormErrors", "no person or organisation of the register has this name"
    ),
    quick_entry.TOO_LONG: QT_TRANSLATE_NOOP(
        "FormErrors",
        "this line is longer than 20,000 characters; use the meeting's editor for long texts",
    ),
    live.KIND_CHANGE: QT_TRANSLATE_NOOP(
        "FormErrors", "an entry keeps its kind; delete it and type the line again to change it"
    ),
    live.NAME_NOT_IN_LINE: QT_TRANSLATE_NOOP(
        "FormErrors", "the new name must be what follows @ in the line"
    ),
    refs.NOT_IN_LIST: QT_TRANSLATE_NOOP("FormErrors", "choose one of the suggestions in the list"),
}
TEMPLATE = QT_TRANSLATE_NOOP("FormErrors", "%1: %2 (you entered “%3”).")


def error_text(error: MinutierError) -> str:
    """A full sentence in the interface's language."""
    if isinstance(error, ValidationError) and error.reason in REASONS:
        reason = QCoreApplication.translate(CONTEXT, REASONS[error.reason])
        template = QCoreApplication.translate(CONTEXT, TEMPLATE)
        return (
            template.replace("%1", field_label(error.field))
            .replace("%2", reason)
            .replace("%3", error.params["text"])
        )
    return user_message(error)
