"""Fixtures of the PDF tests: the demo register built once, and its minutes record."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutier.core.minutes_record import MinutesRecord
from minutier.services import lookup, minutes
from minutier.services.demo import build_demo
from minutier.store.connection import Store, open_store


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("MINUTIER_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo-master") / "demo.minutier")


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Iterator[Store]:
    """A writable copy of the demo register, open."""
    path = tmp_path / "demo.minutier"
    shutil.copyfile(demo_master, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def demo_record(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> MinutesRecord:
    """The demo meeting's minutes record (read from a copy, so the master stays untouched)."""
    path = tmp_path_factory.mktemp("demo-record") / "demo.minutier"
    shutil.copyfile(demo_master, path)
    store = open_store(path)
    try:
        return minutes.record(store, int(lookup.meeting(store, "CSIIA/3")["id"]))
    finally:
        store.close()
