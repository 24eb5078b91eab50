"""Counts read right in each language: "1 planned meeting ahead", "1 réunion prévue à venir"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from minutier.ui import i18n

EXPECTED = {
    "en": {0: "planned meetings ahead", 1: "planned meeting ahead", 2: "planned meetings ahead"},
    "fr": {0: "réunion prévue à venir", 1: "réunion prévue à venir", 2: "réunions prévues à venir"},
    "ko": {0: "예정된 회의", 1: "예정된 회의", 2: "예정된 회의"},
}


@pytest.mark.parametrize("lang", ["en", "fr", "ko"])
def test_dashboard_figures_use_the_plural_forms_of_the_language(app, lang) -> None:  # type: ignore[no-untyped-def]
    i18n.install(lang)
    for n, words in EXPECTED[lang].items():
        caption = QCoreApplication.translate("DashboardPage", "planned meeting(s) ahead", "", n)
        assert caption == words, (lang, n)
    one = QCoreApplication.translate("DashboardPage", "open action(s)", "", 1)
    assert one == {"en": "open action", "fr": "action en cours", "ko": "미완료 조치"}[lang]


def test_the_dashboard_says_one_planned_meeting(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from minutier.services import meetings

    store = window.ctx.store
    committee = store.scalar("SELECT committee_id FROM meeting WHERE id = 1")
    meetings.plan_meeting(store, committee, "2025-06-02T10:00")
    page = window.go("dashboard")
    page.reload()
    assert page.upcoming_figure.text().splitlines() == ["1", "planned meeting ahead"]
