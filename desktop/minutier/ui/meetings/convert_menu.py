"""The "Convert to" menu of a meeting's entries, on its page and in live mode: one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QWidget

from minutier.services import convert, live
from minutier.ui.context import AppContext
from minutier.ui.steps import Said, UndoStep

if TYPE_CHECKING:
    from minutier.ui.meetings.live import LiveMeetingWindow


KIND_NAMES = {
    "note": QT_TRANSLATE_NOOP("ConvertMenu", "Note"),
    "action": QT_TRANSLATE_NOOP("ConvertMenu", "Action"),
    "decision": QT_TRANSLATE_NOOP("ConvertMenu", "Decision"),
    "announcement": QT_TRANSLATE_NOOP("ConvertMenu", "Announcement"),
}


def kind_said(kind: str) -> Said:
    """The kind's name in the interface's language, said again after a language switch."""
    return Said("ConvertMenu", KIND_NAMES[kind])


def kind_label(kind: str) -> str:
    """The kind's name in the interface's language (translated when the menu is built)."""
    return str(kind_said(kind))


def fill_menu(
    menu: QMenu,
    ctx: AppContext,
    selected: Callable[[], tuple[str, int] | None],
    done: Callable[[tuple[str, int]], object],
    parent: QWidget,
) -> None:
    """Fill ``menu`` (re-filled each time it opens) with the kinds the selected entry can become."""

    def refill() -> None:
        menu.clear()
        entry = selected()
        for kind in convert.KINDS:
            action = menu.addAction(kind_label(kind))
            action.setObjectName(f"convert_to_{kind}")
            action.setEnabled(entry is not None and entry[0] != kind)
            action.triggered.connect(lambda _=False, k=kind: run(k))

    def run(kind: str) -> None:
        entry = selected()
        if entry is None:
            return
        step = UndoStep.tr("Convert to %1").arg(kind_said(kind).lowered())
        result = ctx.run(step, convert.convert, entry[0], entry[1], kind, parent=parent)
        if result is not None:
            done(result)

    menu.aboutToShow.connect(refill)
    refill()


def convert_menu(
    ctx: AppContext,
    selected: Callable[[], tuple[str, int] | None],
    done: Callable[[tuple[str, int]], object],
    parent: QWidget,
) -> QMenu:
    """A new "Convert to" menu over whatever ``selected()`` returns."""
    menu = QMenu(QCoreApplication.translate("ConvertMenu", "Convert to"), parent)
    menu.setObjectName("convert_menu")
    fill_menu(menu, ctx, selected, done, parent)
    return menu


def attach_to_live(window: LiveMeetingWindow) -> QMenu:
    """Right-click on a live entry offers "Convert to"; the converted entry replaces its row."""
    view = window.entries_view

    def selected() -> tuple[str, int] | None:
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        entry = window.model.entries[rows[0].row()]
        return entry.table, entry.id

    def done(new: tuple[str, int]) -> None:
        rows = view.selectionModel().selectedRows()
        if rows:
            window.model.replace(rows[0].row(), live.entry(window.ctx.store, *new))

    menu = QMenu(window)
    menu.setObjectName("live_context_menu")
    sub = convert_menu(window.ctx, selected, done, window)
    menu.addMenu(sub)

    def show(point: QPoint) -> None:
        index = view.indexAt(point)
        if index.isValid():
            view.selectRow(index.row())
            window._own_change = True  # the row is replaced here; no reload needed
            try:
                menu.exec(view.viewport().mapToGlobal(point))
            finally:
                window._own_change = False

    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(show)
    window.convert_menu = sub
    return sub
