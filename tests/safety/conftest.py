"""Fixtures of the safety tests: a private data folder and fresh copies of the demo register."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from minutier.services.demo import build_demo


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every safety test keeps its backups and logs under its own folder."""
    folder = tmp_path / "home"
    monkeypatch.setenv("MINUTIER_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo-master") / "demo.minutier")


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    """A writable copy of the demo register (checkpointed, so the file alone is complete)."""
    path = tmp_path / "register.minutier"
    shutil.copyfile(demo_master, path)
    path.chmod(0o600)
    return path
