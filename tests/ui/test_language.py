"""The window in French and Korean: labels, dates, money and error sentences in the language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from minutier.core import natural_dates
from minutier.core.enums import InitiativeStatus
from minutier.core.errors import Conflict, DatabaseProblem, NotFound, ValidationError
from minutier.ui import i18n
from minutier.ui.errors import user_message
from minutier.ui.forms.labels import choice_label
from minutier.ui.settings import Settings
from minutier.ui.settings_dialog import SettingsDialog

SIDEBAR = {
    "fr": [
        "Tableau de bord",
        "Réunions",
        "Décisions",
        "Initiatives",
        "Actions",
        "Personnes et organisations",
        "Recherche",
    ],
    "ko": ["대시보드", "회의", "결정", "추진 과제", "조치", "인물 및 기관", "검색"],
}


def spaces(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def sidebar(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_switching_to_french_rebuilds_the_window_in_french(controller) -> None:  # type: ignore[no-untyped-def]
    old = controller.window
    old.pages["actions"].view.selectAll()
    old.pages["actions"].set_status("in_progress")  # an undo step made in English
    controller.set_language("fr")
    window = controller.window
    assert window is not old
    assert sidebar(window) == SIDEBAR["fr"]
    assert window.menuBar().actions()[0].text() == "&Fichier"
    # The step made in English is said in French now (translated when shown).
    assert window.actions_.undo.text() == "&Annuler Passer 4 actions à «\u00a0En cours\u00a0»"
    page = window.go("actions")
    assert page.model.index(page.model.find(1), 3).data() == "31 mars 2025"
    assert page.model.index(page.model.find(1), 4).data() == "En cours"
    assert page.count.text() == "4 actions"
    assert page.filters.overdue.text() == "En retard seulement"
    window.actions_.undo.trigger()  # the history survived the rebuild
    assert page.model.index(0, 4).data() == "Ouverte"
    initiatives = window.go("initiatives")
    initiatives.show_record("initiative", 1)
    figures = spaces(initiatives.detail.facts["figures"].text())
    assert "400 milliards de wons (277 millions de dollars)" in figures  # as the PDF says
    dashboard = window.go("dashboard")
    assert dashboard.title_label.text() == "Tableau de bord — 15 avril 2025"
    assert Settings().language == "fr"


def undo_texts(window) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    undo = window.actions_.undo
    return undo.text(), undo.toolTip(), window.actions_.redo.text()


def test_undo_steps_follow_a_language_switch(controller) -> None:  # type: ignore[no-untyped-def]
    """A step done in French is said in Korean after a switch, then in English."""
    from minutier.services import history

    controller.set_language("fr")
    page = controller.window.go("actions")
    page.view.selectAll()
    page.set_status("done")  # "Passer 4 actions à « Terminée »", made in French
    initiatives = controller.window.go("initiatives")
    initiatives.show_record("initiative", 1)
    status = initiatives.detail.status
    assert status.currentData() != "on_hold"
    status.setCurrentIndex(status.findData("on_hold"))  # a step with a status as argument
    status_fr = status.currentText()
    controller.window.actions_.undo.trigger()  # …which makes a redo step too
    text, tip, redo = undo_texts(controller.window)
    assert text.startswith("&Annuler Passer 4 actions à")
    assert redo.startswith("&Rétablir Passer l'initiative à") and status_fr in redo

    controller.set_language("ko")
    text, tip, redo = undo_texts(controller.window)
    assert text == "실행 취소(&U) 조치 4건을 ‘완료’(으)로 변경"
    assert tip == "실행 취소 조치 4건을 ‘완료’(으)로 변경"
    on_hold_ko = choice_label(InitiativeStatus.ON_HOLD)
    assert redo.startswith("다시 실행(&R) ") and on_hold_ko in redo and status_fr not in redo

    controller.set_language("en")
    text, tip, redo = undo_texts(controller.window)
    assert text == "&Undo Set 4 actions to “Done”"
    assert tip == "Undo Set 4 actions to “Done”"
    assert redo == "&Redo Set initiative status to “On hold”"
    # The register keeps the English label; undo reverts with it.
    controller.window.actions_.undo.trigger()
    last = history.operations(controller.window.ctx.store, limit=1)[0]["label"]
    assert last == "Undo: Set 4 actions to “Done”"


def test_history_labels_are_shown_in_the_language(app) -> None:  # type: ignore[no-untyped-def]
    from minutier.ui import steps

    assert i18n.install("fr")
    assert spaces(steps.shown("Undo: Change meeting status")) == (
        "Annuler : Changer le statut de la réunion"
    )
    assert steps.shown("Edit «Budget 2025»") == "Modifier «Budget 2025»"
    assert steps.shown("Something an old register wrote") == "Something an old register wrote"
    assert i18n.install("ko")
    assert steps.shown("Record decision") == "결정 기록"
    assert steps.shown("Undo: Undo: Record decision") == "실행 취소: 실행 취소: 결정 기록"
    assert i18n.install("en")
    assert steps.shown("Undo: Record decision") == "Undo: Record decision"


def test_switching_to_korean(controller) -> None:  # type: ignore[no-untyped-def]
    controller.set_language("ko")
    window = controller.window
    assert sidebar(window) == SIDEBAR["ko"]
    assert window.menuBar().actions()[0].text() == "파일(&F)"
    page = window.go("actions")
    assert page.model.index(page.model.find(1), 3).data() == "2025년 3월 31일"
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "기한"
    page.filters.overdue.setChecked(True)
    assert page.model.index(0, 3).data(3) == "2025년 3월 31일 — 15일 기한 초과"  # tooltip
    assert page.count.text() == "조치 1건"
    decisions = window.go("decisions")
    assert decisions.model.index(0, 1).data() == "2025년 2월 16일"
    assert window.go("dashboard").title_label.text() == "대시보드 — 2025년 4월 15일"


def test_the_settings_dialog_changes_the_language(window, controller, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def exec_(self: SettingsDialog) -> int:
        self.combo.setCurrentIndex(self.combo.findData("ko"))
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window.actions_.settings.trigger()
    assert sidebar(controller.window) == SIDEBAR["ko"]
    assert Settings().language == "ko"
    assert i18n.current() == "ko"


def test_error_sentences_in_french_and_korean(app) -> None:  # type: ignore[no-untyped-def]
    date = ValidationError("due date", "demain matin", natural_dates.NOT_A_DATE)
    deletion = Conflict(
        "This committee cannot be deleted while it has meeting, decision records; "
        "delete or move those first."
    )
    busy = DatabaseProblem(
        "register.minutier is busy: another program is writing to it.",
        path="/x/register.minutier",
        hint="busy",
    )
    assert i18n.install("fr")
    assert spaces(user_message(date)) == (
        "Échéance : Minutier ne comprend pas cette date ; essayez 2025-03-31, 31/03/2025, "
        "« fin mars » ou « vendredi prochain » (vous avez saisi « demain matin »)."
    )
    assert spaces(user_message(ValidationError("text", "", "this field is required"))) == (
        "Texte : ce champ est obligatoire."
    )
    assert spaces(user_message(deletion)) == (
        "Impossible de supprimer cet enregistrement (comité) tant qu'il a des enregistrements "
        "de ces types : réunion, décision. Supprimez-les ou déplacez-les d'abord."
    )
    assert spaces(user_message(NotFound("person", "Kim"))).startswith(
        "Aucun enregistrement de type « personne »"
    )
    assert user_message(busy).startswith("register.minutier est occupé")
    assert i18n.install("ko")
    assert user_message(date).startswith("기한: Minutier가 이해할 수 없는 날짜입니다.")
    assert user_message(busy).startswith("register.minutier 파일을 다른 프로그램이 쓰고 있습니다")
    assert i18n.install("en")
    assert user_message(date) == "Due date: " + str(date).removeprefix("due date: ")


@pytest.mark.parametrize("lang", ["fr", "ko"])
def test_translation_files_are_complete(lang: str) -> None:
    """Every message of a named context is translated (plural forms too)."""
    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / f"minutier_{lang}.ts"
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        if not name:
            continue  # strings lupdate could not attribute (reported separately)
        for message in context.iter("message"):
            tr = message.find("translation")
            forms = (
                [f.text for f in tr.iter("numerusform")] if message.get("numerus") else [tr.text]
            )
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                missing.append((name, message.findtext("source")))
    assert missing == []
