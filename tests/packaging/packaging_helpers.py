"""Helpers for the packaging tests: the repository's paths, and running ``minutier`` as a process.

Processes run with a scrubbed environment (``clean_env``): MINUTIER_HOME under the test's
folder, headless Qt, and no PYTHONPATH, so what they find is what an installed copy would find.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "org.minutier.Minutier"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("MINUTIER_", "PYTHON", "QT_", "XDG_RUNTIME"))
    }
    env.update(MINUTIER_HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.update(extra)
    return env


def run(
    cmd: Sequence[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``cmd`` (``env`` None: this process's environment); the caller checks the result."""
    return subprocess.run(
        list(cmd), cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )


def minutier_cmd() -> list[str]:
    """This checkout's ``minutier`` (the installed editable package), as a process."""
    return [sys.executable, "-m", "minutier"]


def tree(folder: Path) -> set[str]:
    """Every path under ``folder`` (relative), to prove nothing was added or removed."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}
