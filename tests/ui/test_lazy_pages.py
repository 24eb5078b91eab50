"""Pages are built when first shown or asked for, and everything that reaches a page still works.

Starting the window built all seven pages (reading most of a twenty-year archive) before the
dashboard painted; now only the page shown is built. Opening a record, the View menu, the
page titles in every language and the remembered splitter sizes must not notice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_util import run_probe

from minutier.ui import i18n
from minutier.ui.main_window import PAGES


def test_only_the_page_shown_is_built(window) -> None:  # type: ignore[no-untyped-def]
    assert window.current_key() == "dashboard"
    assert set(window.pages.built()) == {"dashboard"}
    assert list(window.pages) == [key for key, *_ in PAGES]  # every page is still listed
    assert window.sidebar.count() == len(PAGES)
    window.go("decisions")
    assert set(window.pages.built()) == {"dashboard", "decisions"}
    assert window.stack.currentWidget() is window.pages["decisions"]


def test_opening_a_record_builds_the_page_that_shows_it(window) -> None:  # type: ignore[no-untyped-def]
    assert "actions" not in window.pages.built()
    window.ctx.open_record.emit("action", 2)
    assert window.current_key() == "actions"
    assert window.pages["actions"].selected_ids() == [2]
    initiative = window.ctx.store.scalar("SELECT id FROM initiative WHERE code = 'SC6'")
    assert window.show_record("initiative", initiative)
    assert window.current_key() == "initiatives"
    assert window.pages["initiatives"].detail.initiative_id == initiative


def test_the_view_menu_goes_to_a_page_not_built_yet(window) -> None:  # type: ignore[no-untyped-def]
    go_people = window.findChild(type(window.actions_.undo), "go_people")
    assert go_people.text() == "People & organisations"
    assert "people" not in window.pages.built()
    go_people.trigger()
    assert window.current_key() == "people"
    assert window.pages["people"].isVisible()


@pytest.mark.parametrize("lang", ["en", "fr", "ko"])
def test_titles_named_before_building_are_the_pages_own(window, lang: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install(lang)
    try:
        for key in window.pages:
            assert window.page_title(key) == window.pages[key].title(), key
        if lang == "fr":
            assert window.page_title("meetings") == "Réunions"
    finally:
        i18n.install("en")


def test_splitter_sizes_come_back_when_the_page_is_built_later(controller, register) -> None:  # type: ignore[no-untyped-def]
    window = controller.window
    page = window.go("initiatives")
    page.splitter.setSizes([250, 950])
    wanted = page.splitter.sizes()
    window.go("dashboard")
    window.close()
    assert controller.open_path(str(register))
    again = controller.window
    assert again.current_key() == "dashboard"
    assert "initiatives" not in again.pages.built()
    sizes = again.go("initiatives").splitter.sizes()
    assert abs(sizes[0] / sum(sizes) - wanted[0] / sum(wanted)) < 0.02


PROBE = """
import json, sys
from minutier.ui import launch
from minutier.ui.controller import Controller
app = launch.prepare()
c = Controller(app)
assert c.start(sys.argv[1], demo=False)
app.processEvents()
print(json.dumps({
    "built": sorted(c.window.pages.built()),
    "loaded": sorted(m for m in sys.modules if m.startswith(("reportlab", "minutier.ui.pages",
                                                            "minutier.ui.meetings", "icalendar",
                                                            "minutier.ui.forms.dialog"))),
}))
c.window.close()
"""


def test_starting_the_window_loads_no_pdf_no_calendar_and_no_other_page(
    register: Path, home: Path
) -> None:
    result = run_probe(PROBE, register, home)
    assert result["built"] == ["dashboard"]
    assert not [m for m in result["loaded"] if m.startswith(("reportlab", "icalendar"))]
    for page in ("actions", "decisions", "initiatives", "people", "search"):
        assert f"minutier.ui.pages.{page}" not in result["loaded"]
    assert "minutier.ui.meetings.page" not in result["loaded"]
    assert "minutier.ui.forms.dialog" not in result["loaded"]  # no editor is open
