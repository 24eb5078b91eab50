"""The benchmark cannot rot: it runs end to end on a small archive (no timing is asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from minutier.bench.__main__ import main as bench_main
from minutier.bench.timing import Case, percentile
from minutier.services import generate

KEYS = {"name", "median_ms", "p95_ms", "ratio", "target_ratio"}
EXPECTED = (
    "cold start",
    "actions: filter owner + overdue",
    "actions: sort by due date, scroll to the end",
    "search: common term",
    "search: rare term",
    "initiative timeline",
    "minutes PDF",
    "live mode",
    "memory",
    "hub clone",
    "review pack: cut",
    "review pack: merge back",
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate.generate(tmp_path_factory.mktemp("bench") / "small.minutier", scale=0.01).path


def test_quick_json_run_has_every_case_in_shape(archive: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MINUTIER_HOME": str(tmp_path / "home"),
        "PYTHONIOENCODING": "utf-8",
    }
    done = subprocess.run(
        [sys.executable, "-m", "minutier.bench", str(archive), "--quick", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["machine"]["cpus"] >= 1 and report["facts"]["seed"] == 1
    cases = report["cases"]
    for case in cases:
        assert set(case) >= KEYS, case
        assert "error" not in case["extra"], (case["name"], case["extra"])
        for key in ("median_ms", "p95_ms", "ratio"):
            assert case[key] is None or case[key] >= 0
        if case["median_ms"] is not None and case["samples"] > 1:
            assert case["p95_ms"] >= case["median_ms"]
    names = [c["name"] for c in cases]
    for prefix in EXPECTED:
        assert any(n.startswith(prefix) for n in names), (prefix, names)
    clone = next(c for c in cases if c["name"].startswith("hub clone"))
    assert clone["median_ms"] > 0 and clone["extra"]["records"] > 1000, clone  # a real server ran
    memory = next(c for c in cases if c["name"].startswith("memory"))
    assert memory["extra"]["rss_mb"] > 0 and memory["extra"]["pages"]
    # nothing is left beside the archive (locks, journals, copies)
    assert sorted(p.name for p in archive.parent.iterdir()) == [archive.name]


def test_text_report_and_refusals(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench_main([str(archive), "--quick", "--only", "search rare"]) == 0
    out = capsys.readouterr().out
    assert "search: rare term" in out and "ratio" in out and "GB RAM" in out
    with pytest.raises(SystemExit):
        bench_main([str(tmp_path / "missing.minutier")])
    assert "does not exist" in capsys.readouterr().err


def test_case_summary() -> None:
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], 95) == 5.0
    assert percentile([float(i) for i in range(1, 101)], 95) == 95.0
    case = Case.from_samples(
        "x", [2.0, 4.0, 6.0], [1.0, 2.0, 3.0], target_ratio=2.0, target_ms=5.0, measured="m",
        baseline="b",
    )  # fmt: skip
    assert (case.median_ms, case.p95_ms, case.ratio, case.max_ms) == (4.0, 6.0, 2.0, 6.0)
    assert case.ok is False  # the p95 is over its 5 ms target although the ratio is met
    scroll = Case.from_samples(
        "y", [1.0, 1.0, 120.0], [1.0], target_ratio=None, target_ms=100.0, measured="m",
        baseline="b", on_max=True,
    )  # fmt: skip
    assert scroll.ok is False and scroll.as_json()["max_ms"] == 120.0


def test_the_review_pack_cases_run_on_a_small_archive(
    archive: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MINUTIER_HOME", str(tmp_path / "home"))
    args = [str(archive), "--quick", "--json", "--only", "pack cut", "--only", "pack merge"]
    assert bench_main(args) == 0
    report = json.loads(capsys.readouterr().out)
    cut, merged = report["cases"]
    assert cut["name"].startswith("review pack: cut") and cut["extra"]["pack_bytes"] > 0
    assert cut["extra"]["actions"] > 0 and "error" not in cut["extra"]
    assert merged["name"] == "review pack: merge back 200 edits" and "error" not in merged["extra"]
    assert merged["extra"]["conflicts"] > 0
