"""Lists answer a right-click (or the Menu key): open, edit, set status, copy the reference."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from minutier.ui import context_menus


def names(menu) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_an_action_row_menu_sets_the_status_and_copies_the_reference(window) -> None:  # type: ignore[no-untyped-def]
    page = window.go("actions")
    row = page.model.find(2)
    page.view.setCurrentIndex(page.model.index(row, 1))
    menu = context_menus.menu_for(page.view, page.fill_row_menu)
    assert menu is not None
    assert names(menu)[:3] == ["&Edit…", "Set &status", "&Copy reference (CSIIA-2)"]
    assert page.selected_ids() == [2]  # the row the menu is for is the one selected
    menu.findChild(type(menu.actions()[0]), "copy_reference").trigger()
    assert QGuiApplication.clipboard().text() == "CSIIA-2"
    done = menu.findChild(type(menu.actions()[0]), "menu_status_done")
    done.trigger()
    assert window.ctx.store.scalar("SELECT status FROM action WHERE id = 2") == "done"


def test_decisions_meetings_and_initiatives_have_row_menus(window) -> None:  # type: ignore[no-untyped-def]
    for key, first in (
        ("decisions", "&Edit…"),
        ("meetings", "&Live mode"),
        ("initiatives", "&Edit…"),
    ):
        page = window.go(key)
        page.view.setCurrentIndex(page.view.model().index(0, 0))
        menu = context_menus.menu_for(page.view, page.fill_row_menu)
        assert menu is not None and names(menu)[0] == first, key
        assert any(n.startswith("&Copy reference") for n in names(menu)), key
