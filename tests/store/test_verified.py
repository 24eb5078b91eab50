"""A cleanly closed, untouched file skips the full check on open; anything else is checked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from minutier.core.errors import DatabaseProblem
from minutier.store import probe, verified
from minutier.store.connection import open_store


def closed_register(tmp_path: Path) -> Path:
    path = tmp_path / "r.minutier"
    open_store(path, create=True).close()
    return path


def test_clean_close_is_remembered(tmp_path: Path, minutier_home: Path) -> None:
    path = closed_register(tmp_path)
    assert verified.is_known_clean(path)


def test_a_journal_beside_the_file_means_check(tmp_path: Path, minutier_home: Path) -> None:
    path = closed_register(tmp_path)
    Path(f"{path}-wal").write_bytes(b"")
    assert not verified.is_known_clean(path)


def test_any_later_write_means_check(tmp_path: Path, minutier_home: Path) -> None:
    path = closed_register(tmp_path)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert not verified.is_known_clean(path)


def test_damage_after_a_clean_close_is_still_found(tmp_path: Path, minutier_home: Path) -> None:
    path = closed_register(tmp_path)
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 509):
        data[offset] ^= 0x5A
    st = path.stat()
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000))  # coarse clocks: be sure
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem):
        open_store(path)
    assert path.read_bytes() == before


def test_quick_check_skipped_only_when_known_clean(
    tmp_path: Path, minutier_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = closed_register(tmp_path)
    checks: list[Path] = []
    real = verified.remember
    monkeypatch.setattr(verified, "remember", lambda p: (checks.append(p), real(p)))
    probe.probe(path, verify=True)
    assert checks == []  # known clean: no quick_check, nothing re-noted
    verified.forget(path)
    probe.probe(path, verify=True)
    assert checks == [path]  # checked again, then noted
