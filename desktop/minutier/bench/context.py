"""What every benchmark case works on: the archive (read-only), a bare connection, a scratch copy.

The run sets up everything it depends on, so a fresh clone reproduces the README's figures:
a settings folder of its own (``MINUTIER_HOME`` in a temporary folder: no settings, backups
or logs of the user's are read or written), the archive settled (a journal left beside it by
a killed process is rolled back or checkpointed, which any later opening would otherwise
do while being timed), the archive brought up to the current schema once, before anything
is timed (its before-migration backup goes to the temporary folder), and Minutier's modules
byte-compiled as an installed copy has them (a clone run with PYTHONDONTWRITEBYTECODE, or
read-only, compiles 60 modules from source on every start: +60 ms measured).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutier.core.enums import OPEN_ACTION_STATUSES
from minutier.core.errors import DatabaseProblem
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
    _old_home: str | None = field(default=None, init=False)
    setup: dict[str, Any] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.workdir = Path(tempfile.mkdtemp(prefix="minutier-bench-"))
        self._old_home = os.environ.get("MINUTIER_HOME")
        os.environ["MINUTIER_HOME"] = str(self.home())  # this process too (backups, logs)
        self.setup["leftover_journals"] = settle(self.path)
        self.setup["byte_compiled"] = byte_compile()
        self._had_wal = False
        try:
            self.store = open_store(self.path, readonly=True)
        except DatabaseProblem as e:
            if getattr(e, "hint", "") != "open_writable":
                raise
            self.log(f"… bringing {self.path.name} up to the current schema (once)")
            started = time.perf_counter()
            open_store(self.path, who="benchmark").close()
            self.setup["upgraded_in_s"] = round(time.perf_counter() - started, 1)
            settle(self.path)
            shutil.rmtree(self.home() / "data", ignore_errors=True)  # its backup
            self.store = open_store(self.path, readonly=True)
        # The bare baseline: Python's sqlite3 on the same file, nothing of Minutier loaded.
        self.bare = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        self.facts = facts_of(self.store)
        self.today = dt.date.fromisoformat(self.facts["today"]) if self.facts else dt.date.today()

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

    def home(self, name: str = "home") -> Path:
        """MINUTIER_HOME for windows the benchmark opens (settings, backups stay in the run).

        ``name`` gives another, fresh one (a first start of the day needs a home without
        today's backup).
        """
        folder = self.workdir / name
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
        if self._old_home is None:
            os.environ.pop("MINUTIER_HOME", None)
        else:
            os.environ["MINUTIER_HOME"] = self._old_home
        if not self._had_wal and Path(f"{self.path}-wal").exists():
            # Read-only connections leave -wal/-shm beside a WAL file; the last writable
            # connection to close removes them (SQLite keeps them while anyone else reads).
            conn = sqlite3.connect(self.path)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.close()


def byte_compile() -> bool:
    """Write the ``.pyc`` files of the ``minutier`` package (False where it is read-only)."""
    import compileall

    import minutier

    try:
        return bool(compileall.compile_dir(Path(minutier.__file__).parent, quiet=2))
    except OSError:
        return False


def settle(path: Path) -> list[str]:
    """Roll back or checkpoint a journal left beside ``path``; name what was found.

    A plain SQLite connection does it (a hot rollback journal is rolled back on the first
    read; the last connection to close checkpoints a WAL and deletes it). Nothing else may
    hold the file meanwhile (the benchmark owns its archive).
    """
    found = [
        f"{path.name}{suffix} ({Path(f'{path}{suffix}').stat().st_size:,} bytes)"
        for suffix in ("-wal", "-journal", "-shm")
        if Path(f"{path}{suffix}").exists()
    ]
    if found:
        conn = sqlite3.connect(path)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
    return found


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
