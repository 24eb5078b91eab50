"""The printing commands as a user runs them: files written, sentences printed, exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdf
import pytest


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.minutier"
    shutil.copyfile(demo_db, path)
    return path


# Approvals are recorded on the day they happened, never ahead: the runs that approve the demo's
# March meeting stand after it (the other runs stand at 20 February 2025).
AFTER_THE_MEETINGS = {"MINUTIER_FIXED_NOW": "2025-04-15T09:00:00Z"}


def pages(path: Path) -> int:
    return len(pypdf.PdfReader(path).pages)


def test_minutes_in_three_languages_and_two_papers(run, db: Path, tmp_path: Path) -> None:
    for lang in ("fr", "en", "ko"):
        out = tmp_path / f"m-{lang}.pdf"
        done = run("minutes", str(db), "--meeting", "CSIIA/3", "--out", str(out), "--lang", lang)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(f"Minutes of CSIIA/3 written to {out} (")
        assert pages(out) >= 3
    letter = tmp_path / "letter.pdf"
    meeting_id = "3"  # the meeting number alone: only CSIIA has a meeting 3
    done = run(
        "minutes", str(db), "--meeting", meeting_id, "--out", str(letter), "--paper", "letter"
    )
    assert done.returncode == 0, done.stderr
    assert round(float(pypdf.PdfReader(letter).pages[0].mediabox.width)) == 612
    # the same data gives the same bytes
    again = tmp_path / "again.pdf"
    run("minutes", str(db), "--meeting", "CSIIA/3", "--out", str(again), "--lang", "fr")
    assert again.read_bytes() == (tmp_path / "m-fr.pdf").read_bytes()


def test_approve_verify_and_a_one_byte_change(run, db: Path, tmp_path: Path) -> None:
    assert run("meetings", str(db)).returncode == 0
    out = tmp_path / "approved.pdf"
    done = run(
        "approve", str(db), "--meeting", "CSIIA/3", "--on", "2025-03-20", "--out", str(out),
        env=AFTER_THE_MEETINGS,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Minutes of CSIIA/3 approved on 2025-03-20: version 1, content SHA-256 " in done.stdout
    done = run("verify", str(db), str(out))
    assert done.returncode == 0, done.stderr
    assert f"{out} is version 1 of the minutes of CSIIA/3, approved on 2025-03-20" in done.stdout
    assert "still holds exactly the approved content" in done.stdout

    changed = tmp_path / "changed.pdf"
    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0x20
    changed.write_bytes(bytes(data))
    done = run("verify", str(db), str(changed))
    assert done.returncode == 1
    assert "is NOT an approved version" in done.stdout and done.stderr == ""

    draft = tmp_path / "draft.pdf"
    run("minutes", str(db), "--meeting", "CSIIA/3", "--out", str(draft), "--lang", "en")
    done = run("verify", str(db), str(draft))
    assert done.returncode == 1 and "NOT an approved version" in done.stdout

    # the archived version can be written again, byte for byte
    copy = tmp_path / "v1.pdf"
    assert (
        run(
            "minutes", str(db), "--meeting", "CSIIA/3", "--version", "1", "--out", str(copy)
        ).returncode
        == 0
    )
    assert copy.read_bytes() == out.read_bytes()


def test_frozen_then_amended(run, db: Path, tmp_path: Path) -> None:
    approve = ("approve", str(db), "--meeting", "CSIIA/3")
    done = run(*approve, "--on", "2025-04-16", env=AFTER_THE_MEETINGS)  # the day after "now"
    assert done.returncode == 1 and "cannot be recorded ahead of time" in done.stderr
    assert run(*approve, "--on", "2025-03-20", env=AFTER_THE_MEETINGS).returncode == 0
    done = run("approve", str(db), "--meeting", "CSIIA/3")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "minutier: The minutes of CSIIA/3 are already approved; open an amendment to change them."
    )
    done = run(
        "amend", str(db), "--meeting", "CSIIA/3", "--reason", "Coquille", "--on", "2025-04-01",
        env=AFTER_THE_MEETINGS,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "approving them will record version 2" in done.stdout
    done = run(*approve, "--on", "2025-04-10", env=AFTER_THE_MEETINGS)
    assert done.returncode == 0 and "version 2" in done.stdout


def test_agenda_and_reports(run, db: Path, tmp_path: Path) -> None:
    agenda = tmp_path / "agenda.pdf"
    done = run("agenda", str(db), "--meeting", "CSIIA/3", "--out", str(agenda))
    assert done.returncode == 0 and "Agenda of CSIIA/3 written" in done.stdout
    report = tmp_path / "actions.pdf"
    done = run("report", "actions", str(db), "--out", str(report), "--owner", "msit")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Report of 3 open actions written to")
    done = run("report", "actions", str(db), "--out", str(report), "--group-by", "initiative")
    assert done.returncode == 0 and "4 open actions" in done.stdout
    dossier = tmp_path / "dossier.pdf"
    done = run("report", "initiative", str(db), "SC6", "--out", str(dossier), "--lang", "ko")
    assert done.returncode == 0 and "Dossier of Sixième supercalculateur" in done.stdout
    assert "국가 슈퍼컴퓨터 6호기" in pypdf.PdfReader(dossier).pages[0].extract_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["minutes", "{db}", "--meeting", "CSIIA/99", "--out", "{tmp}/x.pdf"],
            "No meeting matches “CSIIA/99”.",
        ),
        (
            ["report", "initiative", "{db}", "nothing-like-it", "--out", "{tmp}/x.pdf"],
            "No initiative matches",
        ),
        (
            ["minutes", "{db}", "--meeting", "CSIIA/3", "--out", "{tmp}/no/such/dir/x.pdf"],
            "does not exist",
        ),
        (["verify", "{db}", "{tmp}/missing.pdf"], "missing.pdf does not exist"),
        (
            ["minutes", "{db}", "--meeting", "CSIIA/3", "--version", "1", "--out", "{tmp}/x.pdf"],
            "No approved minutes version matches",
        ),
    ],
)
def test_mistakes_are_one_line(
    run, db: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    done = run(*[a.format(db=db, tmp=tmp_path) for a in args])
    assert done.returncode == 1
    assert message in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
