"""Fixtures of the exchange tests: a private data folder, the full register, an empty one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from exchange_helpers import build_register

from minutier.store.connection import Store, open_store


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test keeps Minutier's own files (backups, logs) under its temporary folder."""
    folder = tmp_path / "home"
    monkeypatch.setenv("MINUTIER_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def register_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("register")
    mp = pytest.MonkeyPatch()
    mp.setenv("MINUTIER_HOME", str(folder / "home"))
    try:
        return build_register(folder / "register.minutier")
    finally:
        mp.undo()


@pytest.fixture
def register(register_master: Path, tmp_path: Path) -> Store:
    """A writable copy of the register, open."""
    path = tmp_path / "register.minutier"
    shutil.copyfile(register_master, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture
def empty(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "empty.minutier", create=True, who="importer")
    yield store
    store.close()
