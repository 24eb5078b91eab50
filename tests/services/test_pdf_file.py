"""Verifying a PDF reads it in a stream, never whole, and not at all when it is too large."""

from __future__ import annotations

import shutil
import tracemalloc
from pathlib import Path

import pytest

from minutier.services import lookup, meetings, minutes, pdf_file
from minutier.services.demo import build_demo
from minutier.store.connection import Store, open_store


@pytest.fixture(scope="module")
def approved_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("approved")
    mp = pytest.MonkeyPatch()
    mp.setenv("MINUTIER_HOME", str(folder / "home"))
    try:
        path = build_demo(folder / "demo.minutier")
        with open_store(path) as store:
            committee = lookup.committee(store, "CSIIA")["id"]
            m4 = meetings.plan_meeting(store, committee, "2025-03-20T10:00", carry_over=False)
            minutes.approve(store, lookup.meeting(store, "CSIIA/3")["id"], at_meeting_id=m4)
        return path
    finally:
        mp.undo()


@pytest.fixture
def store(approved_master: Path, tmp_path: Path, minutier_home: Path) -> Store:
    path = tmp_path / "demo.minutier"
    shutil.copyfile(approved_master, path)
    with open_store(path) as s:
        yield s


def _approved_pdf(store: Store, tmp_path: Path) -> Path:
    meeting = lookup.meeting(store, "CSIIA/3")["id"]
    out = tmp_path / "approved.pdf"
    out.write_bytes(minutes.version_pdf(store, meeting, 1))
    return out


def test_a_streamed_file_is_recognised_and_names_its_claim_across_chunks(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = _approved_pdf(store, tmp_path)
    whole = pdf_file.fingerprint(store, pdf)
    assert whole is not None and minutes.verify(store, whole) is not None
    data = pdf.read_bytes()
    at = data.index(b"content-sha256:")
    for chunk in (7, 64, at + 10):  # the claim split at every kind of place
        monkeypatch.setattr(pdf_file, "CHUNK", chunk)
        small = pdf_file.fingerprint(store, pdf)
        assert small == whole
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(data[:100] + b"X" + data[101:])
    found = pdf_file.fingerprint(store, changed)
    assert found is not None and minutes.verify(store, found) is None
    assert minutes.claimed(store, found) is not None  # it says what it pretends to be


def test_a_file_larger_than_any_approved_pdf_is_not_read(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as f:
        f.truncate(1536 * 1024 * 1024)  # 1.5 GiB, sparse

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(pdf_file, "open", no_reading, raising=False)
    assert pdf_file.fingerprint(store, huge) is None


def test_memory_stays_one_chunk_whatever_the_size(tmp_path: Path) -> None:
    class Large:  # a register whose largest approved PDF is bigger than the file
        def scalar(self, *args: object) -> int:
            return 1 << 40

    big = tmp_path / "big.pdf"
    with open(big, "wb") as f:
        f.truncate(64 * 1024 * 1024)
    tracemalloc.start()
    try:
        pdf_file.fingerprint(Large(), big)  # type: ignore[arg-type]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * pdf_file.CHUNK  # not 64 MiB
