"""The archive generator: sizes, every storage rule kept, one history entry, same seed same file."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutier.cli import main
from minutier.core.errors import MinutierError, ValidationError
from minutier.services import actions, generate
from minutier.store import integrity, search
from minutier.store.connection import open_store
from minutier.store.search_schema import present

SMALL = 0.01  # 100 meetings, 2,000 actions over 20 years


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> generate.GenerateReport:
    return generate.generate(tmp_path_factory.mktemp("gen") / "small.minutier", scale=SMALL)


def _digest(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    out = {}
    for table in tables:
        h = hashlib.sha256()
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            h.update(repr(row).encode())
        out[table] = h.hexdigest()
    conn.close()
    return out


def test_sizes_follow_the_targets(small: generate.GenerateReport) -> None:
    want = generate.targets(20, SMALL)
    c = small.counts
    assert c["committee"] == 12
    assert c["meeting"] == want.meeting == 100
    assert c["agenda_item"] == want.agenda_item
    assert c["announcement"] == want.announcement
    assert c["decision"] == want.decision
    assert c["action"] == want.action
    assert c["person"] == want.person
    assert c["initiative"] == want.initiative
    assert c["action_note"] > c["action"] // 2
    assert c["figure"] > c["announcement"] // 3


def test_the_file_passes_every_check(small: generate.GenerateReport) -> None:
    report = integrity.check_file(small.path)
    assert report.ok, report.problems
    conn = sqlite3.connect(small.path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    indexed = sum(
        conn.execute(f"SELECT count(*) FROM {k.table}").fetchone()[0] for k in present(conn)
    )
    assert conn.execute("SELECT count(*) FROM search_text").fetchone()[0] == indexed
    conn.close()


def test_one_history_operation_and_the_facts_recorded(small: generate.GenerateReport) -> None:
    with open_store(small.path, readonly=True) as store:
        ops = store.query("SELECT DISTINCT op, label, table_name FROM history")
        facts = generate.facts_of(store)
        flagship = facts["flagship_initiative_id"]
        assert store.scalar("SELECT count(*) FROM history") == 12
    assert ops == [
        {"op": 1, "label": "Generate archive (20 years, seed 1)", "table_name": "committee"}
    ]
    assert facts["seed"] == 1 and facts["today"] == "2026-12-01"
    assert facts["counts"]["action"] == small.counts["action"]
    assert flagship == 1


def test_statuses_and_dates_look_like_a_real_register(small: generate.GenerateReport) -> None:
    today = generate.REFERENCE_TODAY.isoformat()
    with open_store(small.path, readonly=True) as store:
        by_status = dict(store.conn.execute("SELECT status, count(*) FROM action GROUP BY 1"))
        overdue = store.scalar(
            "SELECT count(*) FROM action WHERE status IN ('open', 'in_progress', 'blocked') "
            "AND due_on < ?",
            (today,),
        )
        future = store.query(
            "SELECT DISTINCT status FROM meeting WHERE starts_at > ?", (today + "T23:59",)
        )
        planned_in_past = store.scalar(
            "SELECT count(*) FROM meeting WHERE status = 'planned' AND starts_at < ?", (today,)
        )
        old_meetings = dict(
            store.conn.execute(
                "SELECT status, count(*) FROM meeting WHERE starts_at < '2025-01-01' GROUP BY 1"
            )
        )
        hangul = store.scalar("SELECT count(*) FROM action WHERE text GLOB '*[가-힣]*'")
        accented = store.scalar("SELECT count(*) FROM action WHERE text GLOB '*[éèàç]*'")
        superseded = store.query(
            "SELECT d.id, d.superseded_by_id, s.committee_id = d.committee_id AS same "
            "FROM decision d JOIN decision s ON s.id = d.superseded_by_id"
        )
    total = sum(by_status.values())
    assert by_status["done"] > total * 0.8
    assert 0 < overdue < total * 0.1
    assert future in ([], [{"status": "planned"}]) and planned_in_past == 0
    assert old_meetings["minutes_approved"] > sum(old_meetings.values()) * 0.9
    assert hangul > 0 and accented > 0
    assert all(r["same"] and r["superseded_by_id"] > r["id"] for r in superseded)


def test_same_seed_same_rows_other_seed_other_rows(tmp_path: Path) -> None:
    a = generate.generate(tmp_path / "a.minutier", scale=0.002, seed=7).path
    b = generate.generate(tmp_path / "b.minutier", scale=0.002, seed=7).path
    c = generate.generate(tmp_path / "c.minutier", scale=0.002, seed=8).path
    assert _digest(a) == _digest(b)
    assert _digest(a)["action"] != _digest(c)["action"]


def test_the_search_triggers_work_after_generation(tmp_path: Path) -> None:
    path = generate.generate(tmp_path / "g.minutier", scale=0.002).path
    with open_store(path) as store:
        assert search.search(store, generate.COMMON_TERM)
        committee = store.scalar("SELECT id FROM committee WHERE code = 'CNIA'")
        actions.create_action(store, "Vérifier le quorum xylophonique", committee_id=committee)
        hits = search.search(store, "xylophonique")
    assert [h.kind for h in hits] == ["action"]


def test_an_existing_file_is_not_replaced_without_force(tmp_path: Path) -> None:
    path = tmp_path / "g.minutier"
    path.write_bytes(b"keep me")
    with pytest.raises(MinutierError, match="already exists"):
        generate.generate(path, scale=0.002)
    assert path.read_bytes() == b"keep me"
    assert not list(tmp_path.glob("*.generating*"))


@settings(max_examples=25, deadline=None)
@given(
    years=st.integers(min_value=-5, max_value=100),
    scale=st.floats(allow_nan=True, allow_infinity=True),
)
def test_out_of_range_sizes_are_refused_with_a_sentence(years: int, scale: float) -> None:
    valid = 1 <= years <= generate.MAX_YEARS and 0 < scale <= generate.MAX_SCALE
    if valid:
        generate.targets(years, scale)  # sizes are computable
        return
    with pytest.raises(ValidationError):
        generate._check(years, scale)


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.minutier"
    args = ["generate", str(path), "--scale", "0.002", "--years", "3", "--seed", "2"]
    assert main([*args, "--today", "2025-06-30", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Generated {path} in ") and "12 committees" in out
    with open_store(path, readonly=True) as store:
        facts = generate.facts_of(store)
        last = store.scalar("SELECT max(starts_at) FROM meeting")
    assert facts["years"] == 3 and facts["today"] == "2025-06-30"
    assert dt.date.fromisoformat(last[:10]) > dt.date(2025, 6, 30)
    assert main(args) == 1
    assert "already exists; add --force" in capsys.readouterr().err
    assert main([*args, "--today", "next week"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_every_trigger_of_the_schema_is_back(
    small: generate.GenerateReport, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.minutier"
    open_store(empty, create=True).close()

    def triggers(path: Path) -> dict[str, str]:
        conn = sqlite3.connect(path)
        out = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
        conn.close()
        return out

    assert triggers(small.path) == triggers(empty)


def test_the_flagship_initiative_gathers_about_one_percent_of_the_links(
    small: generate.GenerateReport,
) -> None:
    with open_store(small.path, readonly=True) as store:
        linked = store.scalar(
            "SELECT (SELECT count(*) FROM decision_initiative WHERE initiative_id = 1)"
            " + (SELECT count(*) FROM announcement_initiative WHERE initiative_id = 1)"
            " + (SELECT count(*) FROM action WHERE initiative_id = 1)"
        )
        links = store.scalar(
            "SELECT (SELECT count(*) FROM decision_initiative)"
            " + (SELECT count(*) FROM announcement_initiative)"
            " + (SELECT count(*) FROM action WHERE initiative_id IS NOT NULL)"
        )
    # 2,000+ records at full size (20 years, scale 1): the timeline benchmark's initiative
    assert 0.005 * links < linked < 0.03 * links
