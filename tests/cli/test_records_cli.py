"""The listing, search, demo and check commands, run as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest


def assert_clean_error(result, code: int = 1) -> None:
    assert result.returncode == code, result
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(("minutier:", "usage:"))


def test_demo_refuses_to_overwrite_without_force(run, tmp_path: Path) -> None:
    target = tmp_path / "d.minutier"
    assert run("demo", str(target)).returncode == 0
    before = target.read_bytes()
    again = run("demo", str(target))
    assert_clean_error(again)
    assert "--force" in again.stderr
    assert target.read_bytes() == before
    assert run("demo", str(target), "--force").returncode == 0


def test_meetings_table_and_json(run, demo_db: Path) -> None:
    table = run("meetings", str(demo_db))
    assert table.returncode == 0
    assert "CSIIA/3" in table.stdout and "2025-02-16 10:00" in table.stdout
    rows = json.loads(run("meetings", str(demo_db), "--json").stdout)
    assert [(r["committee_code"], r["number"], r["decisions"], r["actions"]) for r in rows] == [
        ("CSIIA", 3, 5, 4)
    ]


def test_actions_filters(run, demo_db: Path) -> None:
    everything = json.loads(run("actions", str(demo_db), "--json").stdout)
    assert len(everything) == 4
    # Pinned today is 2025-02-20: nothing is overdue yet; by "fin avril" only the plan is due.
    assert json.loads(run("actions", str(demo_db), "--overdue", "--json").stdout) == []
    due = json.loads(run("actions", str(demo_db), "--due-before", "fin avril", "--json").stdout)
    assert [r["text"][:28] for r in due] == ["Présenter le plan interminis"]
    by_owner = json.loads(
        run("actions", str(demo_db), "--owner", "ministere des finances", "--json").stdout
    )
    assert [r["owner_native_name"] for r in by_owner] == ["기획재정부"]
    late = run(
        "actions",
        str(demo_db),
        "--overdue",
        "--json",
        env={"MINUTIER_FIXED_NOW": "2026-01-01T00:00:00Z"},
    )
    assert len(json.loads(late.stdout)) == 4
    table = run("actions", str(demo_db), env={"MINUTIER_FIXED_NOW": "2026-01-01T00:00:00Z"})
    assert "2025-03-31 !" in table.stdout


def test_actions_errors_are_one_line(run, demo_db: Path, tmp_path: Path) -> None:
    assert_clean_error(run("actions", str(tmp_path / "missing.db")))
    unknown = run("actions", str(demo_db), "--owner", "Kim Jong")
    assert_clean_error(unknown)
    assert "Kim Jong" in unknown.stderr
    bad_date = run("actions", str(demo_db), "--due-before", "le jour de la marmotte")
    assert_clean_error(bad_date)
    assert "--due-before" in bad_date.stderr and "marmotte" in bad_date.stderr
    assert_clean_error(run("actions", str(demo_db), "--status", "finished"), code=2)


def test_decisions_by_initiative(run, demo_db: Path) -> None:
    rows = json.loads(run("decisions", str(demo_db), "--initiative", "SC6", "--json").stdout)
    assert sorted(r["number"] for r in rows) == [1, 2, 5]
    rows = json.loads(
        run("decisions", str(demo_db), "--initiative", "budget de l'ia 2025", "--json").stdout
    )
    assert sorted(r["number"] for r in rows) == [4, 5]


def test_search_marks_matches_and_survives_syntax(run, demo_db: Path) -> None:
    hits = json.loads(run("search", str(demo_db), "8000", "--json").stdout)
    assert {h["kind"] for h in hits} >= {"announcement", "decision", "action"}
    for h in hits:
        s, e = h["highlights"][0]
        assert h["snippet"][s:e] == "8 000"
    assert "[8 000]" in run("search", str(demo_db), "8000").stdout
    for query in ['GPU "8000', "AND", "OR NOT", "(((", "*", "-", '"', "sqlite-utils", "컴퓨팅"]:
        result = run("search", str(demo_db), query)
        assert result.returncode == 0, (query, result.stderr)
    korean = json.loads(run("search", str(demo_db), "컴퓨팅", "--json").stdout)
    # inside "국가AI컴퓨팅센터" (an initiative) and the committee "국가AI컴퓨팅…위원회"
    assert sorted(h["kind"] for h in korean) == ["committee", "initiative"]


@pytest.mark.parametrize("query", ["최상목", "CSIIA", "위원회", "인프라"])
def test_search_finds_people_organisations_and_committees(run, demo_db: Path, query: str) -> None:
    """Issue 16.1: names and native names of people, organisations, committees are indexed."""
    result = run("search", str(demo_db), query)
    assert result.returncode == 0 and "Nothing found" not in result.stdout, result.stdout


def test_search_by_reference_is_labelled_by_reference(run, demo_db: Path) -> None:
    for ref, kind in (("CSIIA-A1", "action"), ("CSIIA/3", "meeting"), ("csiia-d1", "decision")):
        hits = json.loads(run("search", str(demo_db), ref, "--json").stdout)
        assert (hits[0]["kind"], hits[0]["ref"]) == (kind, ref.upper()), hits[:2]
    out = run("search", str(demo_db), "CSIIA-A1").stdout
    assert out.startswith("action CSIIA-A1: ") and "#" not in out.splitlines()[0]


def test_check_clean_and_damaged(run, demo_db: Path, tmp_path: Path) -> None:
    ok = run("check", str(demo_db))
    assert ok.returncode == 0 and "ok" in ok.stdout
    junk = tmp_path / "junk.minutier"
    junk.write_text("not a database", encoding="utf-8")
    bad = run("check", str(junk))
    assert bad.returncode == 1 and "not a Minutier database" in bad.stdout
    damaged = tmp_path / "damaged.minutier"
    shutil.copy(demo_db, damaged)
    data = bytearray(damaged.read_bytes())
    for offset in range(4096 * 3, len(data), 997):  # scribble over pages past the schema
        data[offset] ^= 0xFF
    damaged.write_bytes(bytes(data))
    result = run("check", str(damaged))
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr


def test_usage_errors(run, demo_db: Path) -> None:
    assert_clean_error(run("bogus"), code=2)
    assert_clean_error(run(str(demo_db), "meetings"), code=2)
    assert run("--version").stdout.startswith("minutier ")
    for command in [
        "demo",
        "meetings",
        "actions",
        "decisions",
        "search",
        "export",
        "import",
        "check",
    ]:
        help_text = run(command, "--help")
        assert help_text.returncode == 0 and "usage: minutier " + command in help_text.stdout


def test_window_without_display_is_a_clear_error(run) -> None:
    import os

    env = {k: "" for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if os.name != "posix":
        return
    result = run(env=env)
    assert_clean_error(result)
    assert "no display" in result.stderr
