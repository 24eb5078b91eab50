"""Running the real ``minutier`` command in a subprocess, with its own data folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from minutier.services.demo import build_demo


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo register built once; tests that write copy it first."""
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.minutier")


@pytest.fixture
def run(tmp_path: Path):
    """Run ``minutier ARGS`` and return the CompletedProcess (text mode)."""

    def _run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None):
        full_env = {
            **os.environ,
            "MINUTIER_HOME": str(tmp_path / "home"),
            "PYTHONIOENCODING": "utf-8",
            "MINUTIER_FIXED_NOW": "2025-02-20T09:00:00Z",
            **(env or {}),
        }
        return subprocess.run(
            [sys.executable, "-m", "minutier", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=cwd or tmp_path,
            env=full_env,
            timeout=120,
        )

    return _run
