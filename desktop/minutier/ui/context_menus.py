"""Right-click (or Menu key, Shift+F10) menus on the window's lists: open, edit, set status,
copy the reference. Each page says what its menu holds; this module shows it on the row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard (a reference to paste in a mail or a note)."""
    QGuiApplication.clipboard().setText(text)


def popup(menu: QMenu, where: QPoint) -> None:
    """Show ``menu`` at ``where`` (global) until a choice is made (tests replace this)."""
    menu.exec(where)


def install(view: QAbstractItemView, fill: Callable[[QMenu, int], None]) -> None:
    """Show ``fill(menu, row)``'s menu for the row under the pointer (selecting it first if it
    was not), or for the current row when the menu comes from the keyboard."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        menu = menu_for(view, fill, pos)
        if menu is not None:
            popup(menu, view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    view.customContextMenuRequested.connect(show)


def menu_for(
    view: QAbstractItemView, fill: Callable[[QMenu, int], None], pos: QPoint | None = None
) -> QMenu | None:
    """The menu for the row at ``pos`` (None: the current row); None when there is no row."""
    index = view.indexAt(pos) if pos is not None else view.currentIndex()
    if not index.isValid():
        index = view.currentIndex()
    if not index.isValid():
        return None
    selection = view.selectionModel()
    if selection is not None and not selection.isRowSelected(index.row(), index.parent()):
        view.setCurrentIndex(index)
        view.selectionModel().select(
            index,
            selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
        )
    parent: QWidget = view
    menu = QMenu(parent)
    menu.setObjectName("row_menu")
    fill(menu, index.row())
    return None if menu.isEmpty() else menu
