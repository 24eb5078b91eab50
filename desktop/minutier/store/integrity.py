"""Checking a file without changing its content: SQLite's integrity, foreign-key and FTS5 checks."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from minutier.core.errors import DatabaseProblem
from minutier.store import connection, probe


@dataclass
class CheckReport:
    path: str
    problems: list[str] = field(default_factory=list)
    version: int | None = None
    notes: list[str] = field(default_factory=list)  # what could not be checked, and why

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(path: str | Path) -> CheckReport:
    """Run every check; any problem found is listed in plain words.

    Read-only first (integrity, foreign keys) through a connection that writes nothing. The
    FTS5 check is an INSERT, so it then runs on a writer connection — only over a file that
    passed, so a damaged one is never opened for writing. This process's writer, if it holds
    the file, does all of it.
    """
    path = Path(path)
    report = CheckReport(str(path))
    try:
        probe.refuse_empty(path)
        writer = connection.held(path)
        if writer is not None:
            with writer.txlock:  # no other thread of ours is mid-transaction meanwhile
                report.version = probe.identify(writer.conn, path)
                _run_checks(writer.conn, report, search=True)
            return report
        conn = connection.probe_connection(path)
        try:
            report.version = probe.identify(conn, path)
            _run_checks(conn, report, search=False)
        finally:
            conn.close()
        if report.ok:
            if probe.unwritable(path) is None:
                conn = connection.connect(path, readonly=False, exclusive=True)
                try:
                    _search_check(conn, report)
                finally:
                    conn.close()
            else:
                report.notes.append(
                    "search index: not checked (the file cannot be written here, and SQLite's "
                    "check of it needs to)"
                )
    except DatabaseProblem as e:
        report.problems.append(str(e))
    except sqlite3.DatabaseError as e:
        report.problems.append(f"the file is damaged: {e}")
    return report


def _run_checks(conn: sqlite3.Connection, report: CheckReport, *, search: bool) -> None:
    for (line,) in conn.execute("PRAGMA integrity_check"):
        if line != "ok":
            report.problems.append(f"integrity: {line}")
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        report.problems.append(f"foreign key: {table} row {rowid} refers to a missing {parent}")
    if search:
        _search_check(conn, report)


def _search_check(conn: sqlite3.Connection, report: CheckReport) -> None:
    """FTS5's own integrity check of each full-text index the file has (words, trigrams)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for index in ("search_index", "search_words", "search_trigrams"):
        if index not in tables:
            continue
        # Python's sqlite3 opens a transaction before an INSERT: end it here, or the writer's
        # next changes would land inside it and never be committed.
        was_open = conn.in_transaction
        try:
            conn.execute(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as e:
            report.problems.append(f"search index {index}: {e}")
        finally:
            if conn.in_transaction and not was_open:
                conn.execute("ROLLBACK")  # the check wrote nothing
