"""A Korean window names a committee's chair as its house style does: 의장 or 위원장 (issue 15 #4)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from minutier.core.errors import ValidationError
from minutier.core.house_style import HouseStyle
from minutier.services import house_style, lookup, meetings, records
from minutier.store.connection import open_store
from minutier.ui.forms.form import RecordForm
from minutier.ui.forms.meeting_dialogs import MEETING_FIELDS
from minutier.ui.meetings.attendance import AttendanceEditor, AttendanceModel

TERMS = {"CSIIA": "의장", "CNIA": "위원장"}


@pytest.fixture
def korean_window(app, register: Path, qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The demo register with CSIIA set to 의장 and a CNIA meeting (위원장), in a Korean window."""
    from minutier.ui import i18n
    from minutier.ui.controller import Controller

    store = open_store(register)
    try:
        csiia = int(lookup.committee(store, "CSIIA")["id"])
        cnia = int(lookup.committee(store, "CNIA")["id"])
        choi = int(lookup.person(store, "Choi Sang Mok")["id"])
        house_style.save(store, csiia, HouseStyle(chair_term_ko="의장"))
        records.create(
            store, "membership", {"committee_id": cnia, "person_id": choi, "role": "chair"}
        )
        meeting = meetings.plan_meeting(store, cnia, "2025-01-20T10:00", chair_id=choi)
        meetings.set_attendance(store, meeting, choi)
    finally:
        store.close()
    assert i18n.install("ko")
    c = Controller()
    assert c.open_path(str(register))
    c.window.resize(1400, 860)
    yield c.window
    c.window.close()
    qtbot.wait(1)


def meeting_of(window, code: str) -> int:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    committee = lookup.committee(store, code)["id"]
    return int(store.scalar("SELECT id FROM meeting WHERE committee_id = ?", (committee,)))


def choi_row(model: AttendanceModel) -> int:
    return next(i for i, r in enumerate(model.rows) if r["name"] == "Choi Sang Mok")


@pytest.mark.parametrize("code", list(TERMS))
def test_meeting_detail_attendance_and_live_mode_name_the_chair_as_the_committee_does(
    korean_window, qtbot, code: str
) -> None:  # type: ignore[no-untyped-def]
    term, window = TERMS[code], korean_window
    meeting = meeting_of(window, code)
    assert window.show_record("meeting", meeting)
    page = window.pages["meetings"]
    detail = page.detail
    assert detail.meeting_id == meeting
    chair_label = detail.form.labels["chair_id"].text()
    assert chair_label.startswith(term) and (term == "위원장" or "위원장" not in chair_label)
    model = detail.attendance.model
    row = choi_row(model)
    assert model.index(row, AttendanceModel.ROLE).data() == term
    assert model.index(row, AttendanceModel.PERSON).data(Qt.ItemDataRole.ToolTipRole) == term
    # live mode's compact checklist (names only): the role on hovering the name
    live = AttendanceEditor(window.ctx, compact=True)
    qtbot.addWidget(live)
    live.load(meeting)
    assert live.view.isColumnHidden(AttendanceModel.ROLE)
    row = choi_row(live.model)
    assert live.model.index(row, AttendanceModel.PERSON).data(Qt.ItemDataRole.ToolTipRole) == term
    # the plan-next-meeting button's explanation names the chair too
    tip = page.findChild(QPushButton, "plan_next_meeting").toolTip()
    assert term in tip and (term == "위원장" or "위원장" not in tip)


def test_forms_and_people_pages_follow_the_committee(korean_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = korean_window
    ctx, store = window.ctx, window.ctx.store
    csiia = int(lookup.committee(store, "CSIIA")["id"])
    cnia = int(lookup.committee(store, "CNIA")["id"])
    # the membership dialog's role choices, as the chosen committee changes
    form = RecordForm(ctx, "membership")
    qtbot.addWidget(form)
    combo = form.widgets["role"].editor()
    texts = lambda: [combo.itemText(i) for i in range(combo.count())]  # noqa: E731
    form.set_values({"committee_id": csiia})
    assert "의장" in texts() and "부의장" in texts() and not any("위원장" in t for t in texts())
    form.set_values({"committee_id": cnia})
    assert "위원장" in texts() and "부위원장" in texts() and "의장" not in texts()
    # a new meeting's form: the chair field's label follows the committee chosen
    meeting_form = RecordForm(ctx, "meeting", fields=MEETING_FIELDS)
    qtbot.addWidget(meeting_form)
    meeting_form.set_values({"committee_id": csiia})
    assert meeting_form.labels["chair_id"].text().startswith("의장")
    meeting_form.show_error(ValidationError("chair", "Kim", "no person has this name"))
    assert meeting_form.errors["chair_id"].text().startswith("의장")
    meeting_form.set_values({"committee_id": cnia})
    assert meeting_form.labels["chair_id"].text().startswith("위원장")
    # the committees' and the person's pages
    people = window.go("people")
    html = people.describe_committee(csiia)
    assert "의장" in html and "위원장" not in html.replace("특별위원회", "")
    assert "위원장" in people.describe_committee(cnia)
    choi = int(lookup.person(store, "Choi Sang Mok")["id"])
    person = people.describe_person(choi)
    assert "— 의장" in person and "— 위원장" in person


def test_an_english_or_french_window_is_left_alone(app, register: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from minutier.ui import i18n
    from minutier.ui.controller import Controller

    store = open_store(register)
    try:
        house_style.save(
            store, int(lookup.committee(store, "CSIIA")["id"]), HouseStyle(chair_term_ko="의장")
        )
    finally:
        store.close()
    assert i18n.install("fr")
    c = Controller()
    assert c.open_path(str(register))
    try:
        assert c.window.show_record("meeting", meeting_of(c.window, "CSIIA"))
        detail = c.window.pages["meetings"].detail
        assert detail.form.labels["chair_id"].text().startswith("Présid")
    finally:
        c.window.close()
        qtbot.wait(1)
