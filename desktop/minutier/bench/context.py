"""What every benchmark case works on: the archive (read-only), a bare connection, a scratch copy."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutier.core.enums import OPEN_ACTION_STATUSES
from minutier.services.generate import facts_of
from minutier.store.connection import Store, open_store

OPEN_SQL = "(" + ", ".join(f"'{s}'" for s in OPEN_ACTION_STATUSES) + ")"


@dataclass
class Bench:
    """The archive under test and the settings of this run."""

    path: Path
    repeat: int
    quick: bool
    log: Callable[[str], None] = print
    store: Store = field(init=False)
    bare: sqlite3.Connection = field(init=False)
    facts: dict[str, Any] = field(init=False)
    today: dt.date = field(init=False)
    workdir: Path = field(init=False)
    _copy: Path | None = field(default=None, init=False)
    _had_wal: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self._had_wal = Path(f"{self.path}-wal").exists()
        self.store = open_store(self.path, readonly=True)
        # The bare baseline: Python's sqlite3 on the same file, nothing of Minutier loaded.
        self.bare = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        self.facts = facts_of(self.store)
        self.today = dt.date.fromisoformat(self.facts["today"]) if self.facts else dt.date.today()
        self.workdir = Path(tempfile.mkdtemp(prefix="minutier-bench-"))

    @contextlib.contextmanager
    def released(self) -> Iterator[None]:
        """The archive with none of the benchmark's own connections open (then reopened).

        A window process timed from outside must find the file as a user would: while this
        process holds it, a ``-wal`` file lies beside it, and Minutier rightly checks the
        whole file (``PRAGMA quick_check``, 0.7-0.9 s here) on every open.
        """
        self.store.close()
        self.bare.close()
        if not self._had_wal:  # the last connection to close takes the -wal/-shm away
            conn = sqlite3.connect(self.path)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.close()
        try:
            yield
        finally:
            self.store = open_store(self.path, readonly=True)
            self.bare = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)

    def writable_copy(self) -> Path:
        """A copy of the archive the write cases may change (made once per run)."""
        if self._copy is None:
            self._copy = self.workdir / "copy" / self.path.name
            self._copy.parent.mkdir()
            src = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            dest = sqlite3.connect(self._copy)
            src.backup(dest)
            dest.close()
            src.close()
        return self._copy

    def home(self) -> Path:
        """MINUTIER_HOME for windows the benchmark opens (settings, backups stay in the run)."""
        folder = self.workdir / "home"
        folder.mkdir(exist_ok=True)
        return folder

    def top_overdue_owners(self, n: int = 10) -> list[int]:
        """People owning the most overdue actions: the heaviest owner + overdue filters."""
        rows = self.bare.execute(
            f"SELECT owner_person_id FROM action WHERE status IN {OPEN_SQL} AND due_on < ? "
            "AND owner_person_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ?",
            (self.today.isoformat(), n),
        ).fetchall()
        return [r[0] for r in rows] or [0]

    def close(self) -> None:
        self.store.close()
        self.bare.close()
        shutil.rmtree(self.workdir, ignore_errors=True)
        if not self._had_wal and Path(f"{self.path}-wal").exists():
            # Read-only connections leave -wal/-shm beside a WAL file; the last writable
            # connection to close removes them (SQLite keeps them while anyone else reads).
            conn = sqlite3.connect(self.path)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.close()


def machine() -> dict[str, Any]:
    """The machine the numbers were taken on (for the README table)."""
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), "")
    except OSError:
        cpu = platform.processor()
    ram_gb = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            kb = int(next(ln for ln in f if ln.startswith("MemTotal")).split()[1])
            ram_gb = round(kb / 1024 / 1024, 1)
    except (OSError, StopIteration, ValueError):
        pass
    import PySide6
    import reportlab

    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": ram_gb,
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "pyside6": PySide6.__version__,
        "reportlab": reportlab.Version,
        "date": dt.date.today().isoformat(),
        # Other work on the machine inflates absolute times (ratios are interleaved).
        "load_average_1m": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }
