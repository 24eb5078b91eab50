"""Exports speak the register's language: every vocabulary code has its word beside it."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutier.core import enums, vocabulary
from minutier.services import actions, decisions, demo, meetings, records, reminders
from minutier.services.exchange import csv_format, ics_format
from minutier.store.connection import Store, open_store

# Every English word of the vocabulary ("open", "adopted", "in progress", "ministry", …).
ENGLISH = {words[1] for codes in vocabulary.WORDS.values() for words in codes.values()}
LABELLED = {  # file → code column → its enum (the label column is <column>_label)
    "committees.csv": {"language": enums.Language},
    "meetings.csv": {"status": enums.MeetingStatus},
    "decisions.csv": {"status": enums.DecisionStatus},
    "actions.csv": {"status": enums.ActionStatus, "priority": enums.Priority},
    "initiatives.csv": {"status": enums.InitiativeStatus},
    "organisations.csv": {"kind": enums.OrganisationKind},
}
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def english_only(lang: str) -> set[str]:
    """English words that are not also words of ``lang`` ("active" and "absent" are French too)."""
    own = {
        words[vocabulary.LANGUAGES.index(lang)]
        for c in vocabulary.WORDS.values()
        for words in c.values()
    }
    return ENGLISH - own


def check_labels(folder: Path, lang: str) -> int:
    """Every label column is filled with the word of ``lang``; returns how many cells were seen."""
    seen = 0
    for name, columns in LABELLED.items():
        rows = read(folder / name)
        for row in rows:
            for code_column, enum in columns.items():
                code, label = row[code_column], row[f"{code_column}_label"]
                assert code in {str(v) for v in enum}, (name, code)
                assert label == vocabulary.word(enum, code, lang)
                assert label not in english_only(lang), (name, code_column, label)
                if lang == "ko":
                    assert HANGUL.search(label) and not re.search("[A-Za-z]", label), label
                seen += 1
    return seen


@pytest.fixture
def demo_register(tmp_path: Path) -> Store:
    path = demo.build_demo(tmp_path / "demo.minutier")
    store = open_store(path)
    yield store
    store.close()


def korean_register(path: Path) -> Store:
    s = open_store(path, create=True, who="tester")
    agency = records.create(s, "organisation", {"name": "과학기술정보통신부", "kind": "ministry"})
    choi = records.create(s, "person", {"name": "최상목"})
    committee = records.create(
        s,
        "committee",
        {"name": "국가인공지능위원회", "code": "AI", "language": "ko", "timezone": "Asia/Seoul"},
    )
    records.create(s, "committee", {"name": "소위원회", "code": "SUB", "language": "ko"})
    meeting = meetings.plan_meeting(s, committee, "2025-02-16T10:00", chair_id=choi)
    decision = decisions.record_decision(s, "GPU 1만 장 확보", meeting_id=meeting, status="adopted")
    records.create(s, "initiative", {"name": "국가 AI 컴퓨팅 센터", "status": "active"})
    for status, priority in (("in_progress", "urgent"), ("blocked", "low"), ("done", "high")):
        actions.create_action(
            s, f"조치 {status}", meeting_id=meeting, status=status, priority=priority,
            decision_id=decision, owner_organisation_id=agency,
        )  # fmt: skip
    return s


def test_the_demo_register_exports_french_words_beside_its_codes(
    demo_register: Store, tmp_path: Path
) -> None:
    csv_format.write_csv(demo_register, tmp_path / "csv")
    assert check_labels(tmp_path / "csv", "fr") > 10
    rows = read(tmp_path / "csv" / "decisions.csv")
    assert {(r["status"], r["status_label"]) for r in rows} >= {("adopted", "adoptée")}


def test_a_korean_register_exports_korean_words(tmp_path: Path) -> None:
    store = korean_register(tmp_path / "ko.minutier")
    try:
        csv_format.write_csv(store, tmp_path / "csv")
        assert check_labels(tmp_path / "csv", "ko") >= 8
        by_status = {r["status"]: r for r in read(tmp_path / "csv" / "actions.csv")}
        assert by_status["in_progress"]["status_label"] == "진행 중"
        assert by_status["in_progress"]["priority_label"] == "긴급"
        ics = ics_format.build_calendar(store).to_ical().decode()
        assert "담당: 과학기술정보통신부" in ics and "중단" in ics and "막힘" not in ics
        assert not re.search(r"\b(Owner|Meeting|Blocked|Initiative)\b", ics)
        assert "This timezone" not in ics and "COMMENT" not in ics
    finally:
        store.close()


def test_reminders_use_the_same_words_as_the_minutes(tmp_path: Path) -> None:
    """The e-mail says 진행 중 / 중단 as the PDF's action tables do (not 미착수, 보류)."""
    store = korean_register(tmp_path / "ko.minutier")
    try:
        [group] = reminders.gather(store, today=dt.date(2025, 3, 1))
        message = reminders.compose(store, group, language="ko")
        text = message.get_body(("plain",)).get_content()
        assert "진행 중" in text and "중단" in text
        assert "미착수" not in text and "보류" not in text
        french = reminders.compose(store, group, language="fr")
        assert "bloquée" in french.get_body(("plain",)).get_content()
    finally:
        store.close()


@pytest.fixture(scope="module")
def one_of_each(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("vocab")
    store = korean_register(folder / "r.minutier")
    store.close()
    return folder / "r.minutier"


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lang=st.sampled_from(["fr", "ko", "en"]),
    action=st.sampled_from(list(enums.ActionStatus)),
    priority=st.sampled_from(list(enums.Priority)),
    decision=st.sampled_from(list(enums.DecisionStatus)),
    meeting=st.sampled_from(list(enums.MeetingStatus)),
    initiative=st.sampled_from(list(enums.InitiativeStatus)),
    kind=st.sampled_from(list(enums.OrganisationKind)),
)
def test_any_status_in_any_language_is_written_in_that_language(
    one_of_each: Path,
    tmp_path_factory: pytest.TempPathFactory,
    lang: str,
    action: str,
    priority: str,
    decision: str,
    meeting: str,
    initiative: str,
    kind: str,
) -> None:
    store = open_store(one_of_each)
    try:
        for committee in store.query("SELECT id FROM committee"):
            records.update(store, "committee", committee["id"], {"language": lang})
        store.conn.execute(  # the statuses themselves, whatever the workflow would allow
            "UPDATE action SET status = ?, priority = ?", (str(action), str(priority))
        )
        store.conn.execute("UPDATE decision SET status = ?", (str(decision),))
        store.conn.execute("UPDATE meeting SET status = ?", (str(meeting),))
        store.conn.execute("UPDATE initiative SET status = ?", (str(initiative),))
        store.conn.execute("UPDATE organisation SET kind = ?", (str(kind),))
        folder = tmp_path_factory.mktemp("csv")
        csv_format.write_csv(store, folder)
        assert check_labels(folder, lang) >= 8
        written = read(folder / "actions.csv")[0]
        assert (written["status"], written["priority"]) == (action, priority)
        assert read(folder / "meetings.csv")[0]["status"] == meeting
        assert read(folder / "organisations.csv")[0]["kind_label"] == vocabulary.word(
            enums.OrganisationKind, kind, lang
        )
    finally:
        store.conn.rollback() if store.conn.in_transaction else None
        store.close()
