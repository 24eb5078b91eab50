"""Forms and dialogs that create and edit every record, built from ``core.fields.SPECS``.

Use ``open_editor(ctx, table, row_id=None, parent=..., **defaults)``: it opens the right dialog
(a person with their roles, a decision with votes, initiatives and figures, an action with its
owner and progress notes, a meeting planned with carry-over…), saves with ONE service call on
OK, and returns the record's id (None when cancelled). ``editor_for`` builds the dialog without
showing it (tests, embedding). ``confirm_delete`` asks before deleting and says what goes along.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from minutier.ui.context import AppContext

if TYPE_CHECKING:
    from minutier.ui.forms.dialog import RecordDialog

# The dialogs are imported when first needed, not with the package: the dashboard (the page
# shown at start) only needs ``forms.localized``, and importing every dialog cost ~25 ms of it.


def dialogs() -> dict[str, type[RecordDialog]]:
    """The dialog class of each table that has its own (others use ``RecordDialog``)."""
    from minutier.ui.forms.initiative_dialog import InitiativeDialog
    from minutier.ui.forms.meeting_dialogs import (
        AgendaItemDialog,
        AttendanceDialog,
        MeetingDialog,
        NoteDialog,
        SeriesDialog,
    )
    from minutier.ui.forms.outcome_dialogs import ActionDialog, AnnouncementDialog, DecisionDialog
    from minutier.ui.forms.person_dialog import PersonDialog

    return {
        "person": PersonDialog,
        "meeting": MeetingDialog,
        "agenda_item": AgendaItemDialog,
        "attendance": AttendanceDialog,
        "note": NoteDialog,
        "meeting_series": SeriesDialog,
        "decision": DecisionDialog,
        "announcement": AnnouncementDialog,
        "action": ActionDialog,
        "initiative": InitiativeDialog,
    }


def editor_for(
    ctx: AppContext,
    table: str,
    row_id: int | None = None,
    *,
    parent: QWidget | None = None,
    **defaults: Any,
) -> RecordDialog:
    """The dialog that creates (``row_id`` None) or edits a record of ``table``."""
    from minutier.ui.forms.dialog import RecordDialog

    cls = dialogs().get(table)
    if cls is not None:
        return cls(ctx, row_id, parent=parent, **defaults)  # type: ignore[call-arg]
    return RecordDialog(ctx, table, row_id, defaults=defaults, parent=parent)


def open_editor(
    ctx: AppContext,
    table: str,
    row_id: int | None = None,
    *,
    parent: QWidget | None = None,
    **defaults: Any,
) -> int | None:
    """Show the editor modally; the saved record's id, or None if cancelled."""
    from PySide6.QtWidgets import QDialog

    dialog = editor_for(ctx, table, row_id, parent=parent, **defaults)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_id
        return None
    finally:
        dialog.deleteLater()


def confirm_delete(
    ctx: AppContext, table: str, row_id: int, *, parent: QWidget | None = None
) -> bool:
    """Ask, then delete as one undoable step; True if the record is gone (``forms.delete``)."""
    from minutier.ui.forms.delete import confirm_delete as confirm

    return confirm(ctx, table, row_id, parent=parent)


def __getattr__(name: str) -> Any:
    if name == "RecordDialog":
        from minutier.ui.forms.dialog import RecordDialog

        return RecordDialog
    if name == "DIALOGS":
        return dialogs()
    raise AttributeError(f"module 'minutier.ui.forms' has no attribute {name!r}")


__all__ = ["RecordDialog", "confirm_delete", "editor_for", "open_editor"]
