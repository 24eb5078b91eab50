"""Running a script that starts the window in a process of its own, for what loads at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_probe(script: str, register: Path, home: Path) -> Any:
    """Run ``script`` (given the register as ``sys.argv[1]``); the JSON of its last line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MINUTIER_HOME": str(home)}
    env.pop("MINUTIER_BENCH_EXIT_AFTER_SHOW", None)  # the script decides when to quit
    done = subprocess.run(
        [sys.executable, "-c", script, str(register)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
