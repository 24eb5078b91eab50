"""Cases measured from outside, in fresh processes: cold start, and memory with every page visited."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from minutier.bench.context import Bench
from minutier.bench.timing import Case

MARK = "MINUTIER_FIRST_PAINT"
# The baseline: the smallest PySide6 program that shows a main window of the same size.
BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False
def done():
    print(f"{MARK} {{time.time():.6f}}", flush=True)
    app.quit()
watch = FirstPaint()
app.installEventFilter(watch)
window = QMainWindow()
window.setCentralWidget(QLabel("Minutier"))
window.resize(1280, 800)
window.show()
app.exec()
"""
TIMEOUT = 300


def _env(b: Bench) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MINUTIER_BENCH_EXIT_AFTER_SHOW": "1",
        "MINUTIER_HOME": str(b.home()),
        "PYTHONIOENCODING": "utf-8",
    }


def _first_paint_ms(args: list[str], env: dict[str, str]) -> float:
    """Milliseconds from spawning ``args`` to the first paint it reports."""
    start = time.time()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    for line in done.stdout.splitlines():
        if line.startswith(MARK):
            return (float(line.split()[1]) - start) * 1000
    raise RuntimeError(
        f"{args[1:3]} exited with {done.returncode} without painting: {done.stderr[-800:]}"
    )


def cold_start(b: Bench) -> Case:
    """``minutier DB`` to the dashboard painted, vs a bare PySide6 window, both offscreen."""
    env = _env(b)
    app = [sys.executable, "-m", "minutier", str(b.path)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    rounds = max(2, min(b.repeat, 10))
    app_ms, bare_ms = [], []
    with b.released():  # no connection of ours beside the window's (see Bench.released)
        # The first opening of the day also takes the daily backup: measured once, apart.
        first_of_day = _first_paint_ms(app, env)
        _first_paint_ms(bare, env)
        for _ in range(rounds):
            app_ms.append(_first_paint_ms(app, env))
            bare_ms.append(_first_paint_ms(bare, env))
    return Case.from_samples(
        "cold start: minutier DB to dashboard painted",
        app_ms,
        bare_ms,
        target_ratio=2.0,
        target_ms=1500.0,
        measured="new process `python -m minutier DB` (offscreen) until its first paint "
        "(MINUTIER_BENCH_EXIT_AFTER_SHOW); today's backup already taken; the benchmark's own "
        "connections closed meanwhile",
        baseline="new process: bare PySide6 QMainWindow 1280x800 until its first paint",
        first_open_of_day_ms=round(first_of_day, 1),
    )


def _probe(args: list[str], env: dict[str, str]) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "minutier.bench.memory_probe", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"memory probe {args[:1]} failed: {done.stderr[-800:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def memory(b: Bench) -> Case:
    """Resident size of a window process with the archive open and every page visited.

    The ratio is to the resident size of a bare PySide6 window process; ``median_ms`` is the
    probe's wall time (opening, visiting every page, scrolling the actions list to its end).
    """
    env = {**_env(b)}
    env.pop("MINUTIER_BENCH_EXIT_AFTER_SHOW")
    start = time.perf_counter()
    with b.released():
        probe = _probe([str(b.path)], env)
    seconds = time.perf_counter() - start
    bare = _probe(["--bare"], env)
    rss, bare_rss = probe["rss_mb"], bare["rss_mb"]
    case = Case(
        "memory: archive open, every page visited (MB resident)",
        round(seconds * 1000, 1),
        round(seconds * 1000, 1),
        round(rss / bare_rss, 2) if rss and bare_rss else None,
        None,
        samples=1,
        measured=probe.pop("measured"),
        baseline="bare PySide6 window process, resident size",
        extra={**probe, "bare_rss_mb": bare_rss, "target_mb": 400},
    )
    case.ok = rss is not None and rss < 400
    return case
