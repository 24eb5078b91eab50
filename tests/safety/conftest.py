"""Fixtures of the safety tests: a private data folder and fresh copies of the demo register."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
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


@pytest.fixture
def tiny_disk() -> Iterator[Path]:
    """A real 4 MB filesystem (tmpfs); root only."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a filesystem needs root")
    folder = Path(tempfile.mkdtemp(prefix="minutier-full-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)]).returncode:
        folder.rmdir()
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield folder
    finally:
        unmount(folder)


def unmount(folder: Path) -> None:
    for _ in range(20):
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode == 0:
            break
        time.sleep(0.1)
    else:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)  # lazily, at least
    shutil.rmtree(folder, ignore_errors=True)
