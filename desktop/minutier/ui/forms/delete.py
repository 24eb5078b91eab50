"""Deleting a record: ask first, saying what goes along with it and what only loses a link."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minutier.services import records
from minutier.ui.context import AppContext

CONTEXT = "DeleteRecord"
# "%n record(s)" phrases per table, for the list of what a delete takes along.
COUNTED = {
    "person_role": QT_TRANSLATE_NOOP("DeleteRecord", "%n role(s)"),
    "membership": QT_TRANSLATE_NOOP("DeleteRecord", "%n membership(s)"),
    "meeting": QT_TRANSLATE_NOOP("DeleteRecord", "%n meeting(s)"),
    "attendance": QT_TRANSLATE_NOOP("DeleteRecord", "%n attendance line(s)"),
    "agenda_item": QT_TRANSLATE_NOOP("DeleteRecord", "%n agenda item(s)"),
    "note": QT_TRANSLATE_NOOP("DeleteRecord", "%n note(s)"),
    "announcement": QT_TRANSLATE_NOOP("DeleteRecord", "%n announcement(s)"),
    "decision": QT_TRANSLATE_NOOP("DeleteRecord", "%n decision(s)"),
    "action": QT_TRANSLATE_NOOP("DeleteRecord", "%n action(s)"),
    "action_note": QT_TRANSLATE_NOOP("DeleteRecord", "%n progress note(s)"),
    "figure": QT_TRANSLATE_NOOP("DeleteRecord", "%n figure(s)"),
    "decision_initiative": QT_TRANSLATE_NOOP("DeleteRecord", "%n link(s) to initiatives"),
    "announcement_initiative": QT_TRANSLATE_NOOP("DeleteRecord", "%n link(s) to initiatives"),
    "minutes_version": QT_TRANSLATE_NOOP("DeleteRecord", "%n version(s) of the minutes"),
    "meeting_series": QT_TRANSLATE_NOOP("DeleteRecord", "%n meeting series"),
    "initiative": QT_TRANSLATE_NOOP("DeleteRecord", "%n initiative(s)"),
    "person": QT_TRANSLATE_NOOP("DeleteRecord", "%n person(s)"),
    "organisation": QT_TRANSLATE_NOOP("DeleteRecord", "%n organisation(s)"),
    "committee": QT_TRANSLATE_NOOP("DeleteRecord", "%n committee(s)"),
    "source": QT_TRANSLATE_NOOP("DeleteRecord", "%n source(s)"),
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def describe(counts: dict[str, int]) -> list[str]:
    """["3 agenda items", "1 decision"] in the interface's language."""
    out = []
    for table, n in sorted(counts.items()):
        phrase = COUNTED.get(table)
        out.append(_tr(phrase, n) if phrase else f"{n} {table.replace('_', ' ')}")
    return out


def delete_question(ctx: AppContext, table: str, row_id: int) -> str:
    """The question asked before deleting, listing what goes along and what is detached."""
    deps = records.dependants(ctx.store, table, row_id)
    lines = [_tr("Delete this record?")]
    taken = describe(deps.counts())
    if taken:
        lines.append(_tr("It takes with it: %1.").replace("%1", ", ".join(taken)))
    detached: dict[str, int] = {}
    for child, _, _ in deps.detached:
        detached[child] = detached.get(child, 0) + 1
    if detached:
        lines.append(
            _tr("These stay but lose their link to it: %1.").replace(
                "%1", ", ".join(describe(detached))
            )
        )
    lines.append(_tr("You can undo this with Edit ▸ Undo."))
    return "\n\n".join(lines)


def confirm_delete(
    ctx: AppContext, table: str, row_id: int, *, parent: QWidget | None = None
) -> bool:
    """Ask, then delete as one undoable step; True if the record is gone."""
    answer = QMessageBox.question(
        parent,
        _tr("Delete"),
        delete_question(ctx, table, row_id),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    done = ctx.run(_tr("Delete"), records.delete, table, row_id, parent=parent)
    return done is not None
