"""One kind of record as a list + detail tab, with New / Edit / Delete (People & organisations page).

The detail is HTML built from escaped record text. Its links act instead of navigating:
``open:table:id`` shows a record on its page, ``edit:table:id`` and ``delete:table:id`` edit or
delete a related record (a membership, a role) — each one undoable step.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from minutier.ui.context import AppContext
from minutier.ui.forms import confirm_delete, open_editor
from minutier.ui.models.rows import Column, RowsModel
from minutier.ui.views import WrappedRows, make_table, select_first


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def h3(text: str) -> str:
    return f"<h3>{esc(text)}</h3>"


def para(text: str) -> str:
    return f"<p>{esc(text)}</p>"


def link(action: str, table: str, row_id: int, text: str) -> str:
    return f'<a href="{action}:{table}:{int(row_id)}">{esc(text)}</a>'


class RecordsTab(QWidget):
    """Rows of ``table`` from ``load()``; ``describe(id)`` gives the detail's HTML."""

    def __init__(
        self,
        ctx: AppContext,
        table: str,
        columns: list[Column],
        load: Callable[[], list[dict[str, Any]]],
        describe: Callable[[int], str],
        *,
        new_text: str,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.load = load
        self.describe = describe
        self.setObjectName(f"{name}_tab")
        self.model = RowsModel(columns, self)
        self.view = make_table(self, name=f"{name}_view")
        self.view.setAccessibleName(self.tr("List"))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.view.doubleClicked.connect(lambda _: self.edit())
        self.rows = WrappedRows(self.view)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName(f"{name}_detail")
        self.detail.setAccessibleName(self.tr("Details"))
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(6, 6, 6, 0)
        self.new_button = QPushButton(new_text, self)
        self.new_button.setObjectName(f"new_{table}")
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName(f"edit_{table}")
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName(f"delete_{table}")
        self.delete_button.clicked.connect(self.delete)
        for b in (self.new_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(b)
            b.setEnabled(not ctx.readonly)
        self.buttons.addStretch(1)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.buttons)
        column.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{name}_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([560, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def add_button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setEnabled(not self.ctx.readonly)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    # -- contents -------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.current_id()
        self.model.set_rows(self.load())
        if selected is not None and self.select(selected):
            return
        self._show(None)
        select_first(self.view)

    def current_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select(self, row_id: int) -> bool:
        row = self.model.find(row_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        self._show(row_id)
        return True

    def _selected(self, *_: object) -> None:
        self._show(self.current_id())

    def _show(self, row_id: int | None) -> None:
        if row_id is None:
            hint = self.tr("Select a line to see it here.")
            self.detail.setHtml(f"<p><i>{esc(hint)}</i></p>")
        else:
            self.detail.setHtml(self.describe(row_id))

    # -- commands -------------------------------------------------------------------------
    def new(self) -> None:
        new_id = open_editor(self.ctx, self.table, parent=self)
        if new_id is not None:
            self.reload()
            self.select(new_id)

    def edit(self) -> None:
        row_id = self.current_id()
        if row_id is not None and not self.ctx.readonly:
            open_editor(self.ctx, self.table, row_id, parent=self)

    def delete(self) -> None:
        row_id = self.current_id()
        if row_id is not None and not self.ctx.readonly:
            confirm_delete(self.ctx, self.table, row_id, parent=self)

    def _link(self, url: QUrl) -> None:
        action, _, rest = url.toString().partition(":")
        table, _, row_id = rest.partition(":")
        if not row_id.isdigit():
            return
        if action == "open":
            self.ctx.open_record.emit(table, int(row_id))
        elif action == "edit" and not self.ctx.readonly:
            open_editor(self.ctx, table, int(row_id), parent=self)
        elif action == "delete" and not self.ctx.readonly:
            confirm_delete(self.ctx, table, int(row_id), parent=self)
