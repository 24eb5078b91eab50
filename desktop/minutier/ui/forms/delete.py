"""Deleting a record: ask first, saying what goes along with it and what only loses a link."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minutier.services import records
from minutier.ui.context import AppContext
from minutier.ui.steps import Said

CONTEXT = "DeleteRecord"
# Names of what a delete takes along, written "agenda items (5)": no plural forms needed, so
# English reads right without a translation file of its own.
COUNTED = {
    "person_role": QT_TRANSLATE_NOOP("DeleteRecord", "roles"),
    "membership": QT_TRANSLATE_NOOP("DeleteRecord", "memberships"),
    "meeting": QT_TRANSLATE_NOOP("DeleteRecord", "meetings"),
    "attendance": QT_TRANSLATE_NOOP("DeleteRecord", "attendance lines"),
    "agenda_item": QT_TRANSLATE_NOOP("DeleteRecord", "agenda items"),
    "note": QT_TRANSLATE_NOOP("DeleteRecord", "notes"),
    "announcement": QT_TRANSLATE_NOOP("DeleteRecord", "announcements"),
    "decision": QT_TRANSLATE_NOOP("DeleteRecord", "decisions"),
    "action": QT_TRANSLATE_NOOP("DeleteRecord", "actions"),
    "action_note": QT_TRANSLATE_NOOP("DeleteRecord", "progress notes"),
    "figure": QT_TRANSLATE_NOOP("DeleteRecord", "figures"),
    "attachment": QT_TRANSLATE_NOOP("DeleteRecord", "attached files"),
    "decision_initiative": QT_TRANSLATE_NOOP("DeleteRecord", "links to initiatives"),
    "announcement_initiative": QT_TRANSLATE_NOOP("DeleteRecord", "links to initiatives"),
    "minutes_version": QT_TRANSLATE_NOOP("DeleteRecord", "versions of the minutes"),
    "minutes_confirmation": QT_TRANSLATE_NOOP(
        "DeleteRecord", "attendees' confirmations and comments"
    ),
    "meeting_series": QT_TRANSLATE_NOOP("DeleteRecord", "meeting series"),
    "initiative": QT_TRANSLATE_NOOP("DeleteRecord", "initiatives"),
    "person": QT_TRANSLATE_NOOP("DeleteRecord", "people"),
    "organisation": QT_TRANSLATE_NOOP("DeleteRecord", "organisations"),
    "committee": QT_TRANSLATE_NOOP("DeleteRecord", "committees"),
    "source": QT_TRANSLATE_NOOP("DeleteRecord", "sources"),
}
# Sentences of the question (listed literally so lupdate finds them).
COUNT = QT_TRANSLATE_NOOP("DeleteRecord", "%1 (%2)")
ASK = QT_TRANSLATE_NOOP("DeleteRecord", "Delete this record?")
TAKES = QT_TRANSLATE_NOOP("DeleteRecord", "It takes with it: %1.")
DETACHES = QT_TRANSLATE_NOOP("DeleteRecord", "These stay but lose their link to it: %1.")
UNDO = QT_TRANSLATE_NOOP("DeleteRecord", "You can undo this with Edit ▸ Undo.")
TITLE = QT_TRANSLATE_NOOP("DeleteRecord", "Delete")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe(counts: dict[str, int]) -> list[str]:
    """["agenda items (3)", "decisions (1)"] in the interface's language."""
    totals: dict[str, int] = {}  # decisions' and announcements' links count together
    for table, n in counts.items():
        phrase = COUNTED.get(table)
        name = _tr(phrase) if phrase else table.replace("_", " ")
        totals[name] = totals.get(name, 0) + n
    return [_tr(COUNT).replace("%1", name).replace("%2", str(n)) for name, n in totals.items()]


def delete_question(ctx: AppContext, table: str, row_id: int) -> str:
    """The question asked before deleting, listing what goes along and what is detached."""
    deps = records.dependants(ctx.store, table, row_id)
    lines = [_tr(ASK)]
    taken = describe(deps.counts())
    if taken:
        lines.append(_tr(TAKES).replace("%1", ", ".join(taken)))
    detached: dict[str, int] = {}
    for child, _, _ in deps.detached:
        detached[child] = detached.get(child, 0) + 1
    if detached:
        lines.append(_tr(DETACHES).replace("%1", ", ".join(describe(detached))))
    lines.append(_tr(UNDO))
    return "\n\n".join(lines)


def confirm_delete(
    ctx: AppContext, table: str, row_id: int, *, parent: QWidget | None = None
) -> bool:
    """Ask, then delete as one undoable step; True if the record is gone."""
    answer = QMessageBox.question(
        parent,
        _tr(TITLE),
        delete_question(ctx, table, row_id),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    done = ctx.run(Said("DeleteRecord", TITLE), records.delete, table, row_id, parent=parent)
    return done is not None
