"""Checking a file without changing it: SQLite's integrity and foreign-key checks, the index."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from minutier.store import connection, holder, journal, probe, schema_check


@dataclass
class CheckReport:
    path: str
    problems: list[str] = field(default_factory=list)
    version: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(path: str | Path) -> CheckReport:
    """Run the checks on a read-only handle; any problem found is listed in plain words."""
    path = Path(path)
    report = CheckReport(str(path))
    try:
        report.version = connection._probe(path)
    except connection.DatabaseProblem as e:
        report.problems.append(str(_journal_explains(path) or e))
        return report
    previous, alive = holder.peek(path)  # a crashed writer's journal, missing or not its own
    kind = journal.problem(path, crashed=previous is not None and not alive)
    if kind is not None:
        report.problems.append(journal.message(path, kind))
    try:
        alone = probe.reads_alone(path)  # then nothing, not even -wal/-shm, is created
        conn = schema_check.harden(
            sqlite3.connect(connection._uri(path, readonly=True, immutable=alone), uri=True)
        )
    except sqlite3.Error as e:
        report.problems.append(f"cannot open: {e}")
        return report
    try:
        connection.register_functions(conn)
        for (line,) in conn.execute("PRAGMA integrity_check"):
            if line != "ok":
                report.problems.append(f"integrity: {line}")
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            report.problems.append(f"foreign key: {table} row {rowid} refers to a missing {parent}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "search_index" in tables:
            try:
                conn.execute(
                    "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)"
                )
            except sqlite3.DatabaseError as e:
                if "readonly" not in str(e):
                    report.problems.append(f"search index: {e}")
    except sqlite3.DatabaseError as e:
        report.problems.append(f"the file is damaged: {e}")
    finally:
        conn.close()
    return report


def _journal_explains(path: Path) -> connection.DatabaseProblem | None:
    """The "journal does not belong to the file" problem, when that is why it cannot be read."""
    try:
        probe.probe_with_journal(
            path, immutable=False, readonly=False, accept_journal=False, notices=[]
        )
    except connection.DatabaseProblem as e:
        return e if e.hint == journal.STALE else None
    return None
