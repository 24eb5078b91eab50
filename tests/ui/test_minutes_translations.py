"""The minutes and safety dialogs speak French and Korean (lupdate sees their strings)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from minutier.core.errors import Conflict, ValidationError
from minutier.ui import i18n
from minutier.ui.errors import user_message
from minutier.ui.minutes import verify
from minutier.ui.minutes.batch import ExportYearDialog
from minutier.ui.minutes.dialogs import ApproveDialog
from minutier.ui.safety.history import RecordHistoryDialog
from minutier.ui.safety.restore import RestoreDialog


@pytest.fixture(params=["fr", "ko"])
def lang(request, window):  # type: ignore[no-untyped-def]
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


EXPECTED = {
    "fr": {
        "restore": "Restaurer depuis une sauvegarde",
        "restore_header": "Prise le",
        "history": "Historique de cet enregistrement",
        "history_intro": "changement",
        "approve": "Approuver le procès-verbal",
        "warning": "L’approbation fige cette réunion",
        "count": "1 réunion tenue en 2025.",
        "already": "Le procès-verbal de CSIIA/3 est déjà approuvé",
        "reason": "indiquez pourquoi le procès-verbal approuvé doit changer",
        "verify": "n’est PAS une version approuvée",
    },
    "ko": {
        "restore": "백업에서 복원",
        "restore_header": "생성 시각",
        "history": "이 기록의 변경 이력",
        "history_intro": "기록된 변경",
        "approve": "회의록 승인",
        "warning": "승인하면 이 회의가 고정됩니다",
        "count": "2025년에 열린 회의 1건.",
        "already": "CSIIA/3 회의록은 이미 승인되었습니다",
        "reason": "승인된 회의록을 변경해야 하는 이유를 적으십시오",
        "verify": "승인 버전도 아닙니다",
    },
}


def test_dialogs_and_sentences_are_translated(window, lang) -> None:  # type: ignore[no-untyped-def]
    want = EXPECTED[lang]
    store = window.ctx.store
    restore = RestoreDialog(window.ctx, window)
    assert restore.windowTitle() == want["restore"]
    assert restore.table.horizontalHeaderItem(0).text() == want["restore_header"]
    uuid = store.scalar("SELECT uuid FROM meeting WHERE id = 1")
    history = RecordHistoryDialog(store, "meeting", uuid, window)
    assert history.windowTitle() == want["history"]
    labels = [label.text() for label in history.findChildren(QLabel)]
    assert any(want["history_intro"] in text for text in labels), labels
    approve = ApproveDialog(store, 1, window)
    assert approve.windowTitle() == want["approve"]
    assert approve.warning.text().startswith(want["warning"])
    export = ExportYearDialog(store, window)
    export.year.setValue(2025)
    assert export.count.text() == want["count"]
    already = Conflict(
        "The minutes of CSIIA/3 are already approved; open an amendment to change them."
    )
    assert user_message(already).startswith(want["already"])
    reason = ValidationError("reason", "", "say why the approved minutes must change")
    assert want["reason"] in user_message(reason)
    ok, text = verify.sentence(store, "x.pdf", b"%PDF-1.4 nothing")
    assert not ok and want["verify"] in text
