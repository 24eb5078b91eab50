"""The dialog every record is created and edited in: a form, OK/Cancel, one service call on OK.

On OK the dialog gathers the form, calls ONE service function through ``AppContext.run`` (one
transaction, one undo step) and closes only if it succeeded; a refusal is shown under the field
it concerns and everything typed stays on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from minutier.core.errors import MinutierError, ValidationError
from minutier.services import records
from minutier.store import freeze
from minutier.ui.context import AppContext
from minutier.ui.forms.form import RecordForm
from minutier.ui.steps import Said

TITLES = "RecordDialog"
NEW_TITLES = {
    "committee": QT_TRANSLATE_NOOP("RecordDialog", "New committee"),
    "organisation": QT_TRANSLATE_NOOP("RecordDialog", "New organisation"),
    "person": QT_TRANSLATE_NOOP("RecordDialog", "New person"),
    "membership": QT_TRANSLATE_NOOP("RecordDialog", "New membership"),
    "meeting_series": QT_TRANSLATE_NOOP("RecordDialog", "New meeting series"),
    "meeting": QT_TRANSLATE_NOOP("RecordDialog", "New meeting"),
    "agenda_item": QT_TRANSLATE_NOOP("RecordDialog", "New agenda item"),
    "attendance": QT_TRANSLATE_NOOP("RecordDialog", "Record attendance"),
    "note": QT_TRANSLATE_NOOP("RecordDialog", "New note"),
    "announcement": QT_TRANSLATE_NOOP("RecordDialog", "New announcement"),
    "decision": QT_TRANSLATE_NOOP("RecordDialog", "New decision"),
    "initiative": QT_TRANSLATE_NOOP("RecordDialog", "New initiative"),
    "action": QT_TRANSLATE_NOOP("RecordDialog", "New action"),
    "source": QT_TRANSLATE_NOOP("RecordDialog", "New source"),
}
EDIT_TITLES = {
    "committee": QT_TRANSLATE_NOOP("RecordDialog", "Edit committee"),
    "organisation": QT_TRANSLATE_NOOP("RecordDialog", "Edit organisation"),
    "person": QT_TRANSLATE_NOOP("RecordDialog", "Edit person"),
    "membership": QT_TRANSLATE_NOOP("RecordDialog", "Edit membership"),
    "meeting_series": QT_TRANSLATE_NOOP("RecordDialog", "Edit meeting series"),
    "meeting": QT_TRANSLATE_NOOP("RecordDialog", "Edit meeting"),
    "agenda_item": QT_TRANSLATE_NOOP("RecordDialog", "Edit agenda item"),
    "attendance": QT_TRANSLATE_NOOP("RecordDialog", "Edit attendance"),
    "note": QT_TRANSLATE_NOOP("RecordDialog", "Edit note"),
    "announcement": QT_TRANSLATE_NOOP("RecordDialog", "Edit announcement"),
    "decision": QT_TRANSLATE_NOOP("RecordDialog", "Edit decision"),
    "initiative": QT_TRANSLATE_NOOP("RecordDialog", "Edit initiative"),
    "action": QT_TRANSLATE_NOOP("RecordDialog", "Edit action"),
    "source": QT_TRANSLATE_NOOP("RecordDialog", "Edit source"),
}


def dialog_title(table: str, editing: bool) -> str:
    source = (EDIT_TITLES if editing else NEW_TITLES).get(table, table)
    return QCoreApplication.translate(TITLES, source)


class RecordDialog(QDialog):
    """Create (``row_id`` None) or edit one record of ``table``."""

    def __init__(
        self,
        ctx: AppContext,
        table: str,
        row_id: int | None = None,
        *,
        defaults: Mapping[str, Any] | None = None,
        fields: Iterable[str] | None = None,
        exclude: Iterable[str] = ("position",),
        hidden: Iterable[str] = (),
        scopes: Mapping[str, tuple[str, tuple[Any, ...]]] | None = None,
        rows: Mapping[str, list[tuple[Any, str]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.row_id = row_id
        self.saved_id: int | None = None
        self._refused = False
        self.row: dict[str, Any] = records.get(ctx.store, table, row_id) if row_id else {}
        self.defaults = dict(defaults or {})
        if table == "committee" and row_id is None:
            # A new committee meets where this computer is and writes its minutes in the
            # interface's language (the form left them empty: refused as "timezone missing").
            from PySide6.QtCore import QTimeZone

            from minutier.ui import i18n

            zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
            self.defaults.setdefault("timezone", zone)
            self.defaults.setdefault("language", i18n.current())
        self.setWindowTitle(dialog_title(table, row_id is not None))
        self.setObjectName(f"dialog_{table}")
        self.form = RecordForm(
            ctx, table, fields=fields, exclude=exclude, scopes=scopes, rows=rows, parent=self
        )
        for name in hidden:
            self.form.set_row_visible(name, False)
        self.form.set_values(self.row or self.defaults)

        self.body = QVBoxLayout()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.form)
        inner_layout.addLayout(self.body)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Approved minutes freeze what the meeting recorded: shown read-only, not refused later.
        self.frozen = bool(row_id) and freeze.is_frozen(ctx.store, table, int(row_id))
        self._inner = inner
        self._sized = False
        self.frozen_line = QLabel(self)
        self.frozen_line.setObjectName("dialog_frozen")
        self.frozen_line.setWordWrap(True)
        self.frozen_line.setVisible(self.frozen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.frozen_line)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    def showEvent(self, event: QShowEvent) -> None:
        # Here, not in __init__: subclasses add their own widgets after it.
        if self.frozen and not self.frozen_line.text():
            self.lock_frozen()
        if not self._sized:
            self._sized = True
            self.fit_to_content()
        super().showEvent(event)

    def fit_to_content(self) -> None:
        """Tall enough for every field (the carry-over box was below the fold), never taller
        or wider than the screen it opens on; the form scrolls beyond that."""
        margins = self.layout().contentsMargins()
        width = self._inner.sizeHint().width() + margins.left() + margins.right() + 40
        height = (
            self._inner.sizeHint().height()
            + self.buttons.sizeHint().height()
            + (self.frozen_line.sizeHint().height() if self.frozen else 0)
            + margins.top()
            + margins.bottom()
            + 3 * self.layout().spacing()
            + 8
        )
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = max(self.width(), width), max(self.height(), height)
        if room is not None:
            width = min(width, int(room.width() * 0.95))
            height = min(height, int(room.height() * 0.9))
        self.resize(width, height)

    def lock_frozen(self) -> None:
        """Make what approved minutes froze read-only, and say why."""
        if self.table == "action":
            self.frozen_line.setText(
                self.tr(
                    "The minutes of this action's meeting are approved: what was decided is "
                    "read-only; its status, priority, closing date and progress notes stay open."
                )
            )
            for name, widget in self.form.widgets.items():
                if name not in freeze.ACTION_FOLLOW_UP:
                    widget.setEnabled(False)
            return
        self.frozen_line.setText(
            self.tr(
                "The minutes of this meeting are approved: this record is read-only. "
                "Open an amendment of the minutes to correct it."
            )
        )
        self._inner.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    # -- hooks ----------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        """The values to save (the form's, plus hidden defaults of a new record)."""
        values = self.form.values()
        if self.row_id is None:
            for key, value in self.defaults.items():
                values.setdefault(key, value)
        return values

    def undo_text(self) -> str:
        source = (EDIT_TITLES if self.row_id is not None else NEW_TITLES).get(self.table)
        return Said(TITLES, source) if source else self.windowTitle()

    def save(self, values: dict[str, Any]) -> int | None:
        """One service call; returns the record's id, or None when refused."""
        if self.row_id is None:
            return self.run(records.create, self.table, values)
        self.run(records.update, self.table, self.row_id, values)
        return None if self._refused else self.row_id

    # -- machinery ------------------------------------------------------------------------
    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call the service as one undo step; ``self._refused`` says whether it was refused."""
        self._refused = False
        return self.ctx.run(
            self.undo_text(), fn, *args, parent=self, on_error=self._on_error, **kwargs
        )

    def _on_error(self, error: MinutierError) -> None:
        self._refused = True
        self.show_error(error)

    def show_error(self, error: MinutierError) -> None:
        self.form.show_error(error)

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            values = self.collect()
        except ValidationError as e:
            self.show_error(e)
            return
        saved = self.save(values)
        if saved is None:
            return
        self.saved_id = int(saved)
        super().accept()
