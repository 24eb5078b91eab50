"""The expected schema is exactly what the migrations make, and every connection is hardened."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from minutier.core.errors import DatabaseProblem
from minutier.store import schema, schema_check
from minutier.store.connection import open_store, register_functions


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str | None]]:
    return {
        (t, n): (tb, schema_check.normalise(s))
        for t, n, tb, s in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    }


def test_expected_is_what_sqlite_utils_migrations_really_make() -> None:
    """Incl. sqlite-utils' own bookkeeping table: an upgrade of it that changes its DDL fails."""
    conn = sqlite3.connect(":memory:")
    register_functions(conn)
    schema.upgrade(Database(conn))
    assert _objects(conn) == schema_check.expected(schema.LATEST_VERSION)


def test_a_new_register_passes_and_its_triggers_are_restorable(tmp_path: Path) -> None:
    store = open_store(tmp_path / "r.minutier", create=True)
    schema.restore_triggers(store.db)  # what a transform repair does must still verify
    store.close()
    assert schema_check.verify_file(tmp_path / "r.minutier") == schema.LATEST_VERSION


def test_layout_is_ignored_but_not_content() -> None:
    n = schema_check.normalise
    assert n("CREATE TABLE t (\n  a TEXT ,\n b )") == n("CREATE TABLE t (a TEXT , b)")
    assert n("SELECT 'a  b'") != n("SELECT 'a b'")  # inside quotes, spaces are content
    assert n('CREATE TABLE "x  y" (a)') != n('CREATE TABLE "x y" (a)')


def test_every_connection_has_trusted_schema_off_until_verified(tmp_path: Path) -> None:
    path = tmp_path / "r.minutier"
    open_store(path, create=True).close()
    ro = open_store(path, readonly=True)
    assert ro.scalar("PRAGMA trusted_schema") == 0
    ro.close()
    with schema_check.connect_readonly(path) as conn:
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    conn.close()
    # the writing connection: verified, then our own FTS5/mz_fold triggers are let run
    rw = open_store(path)
    assert rw.scalar("PRAGMA trusted_schema") == 1
    rw.close()


@pytest.mark.skipif(not hasattr(sqlite3.Connection, "setconfig"), reason="Python 3.12+ only")
def test_defensive_mode_where_python_has_it(tmp_path: Path) -> None:
    conn = schema_check.harden(sqlite3.connect(":memory:"))
    assert conn.getconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE)


def test_a_register_whose_tables_were_swapped_for_views_is_named(tmp_path: Path) -> None:
    path = tmp_path / "r.minutier"
    open_store(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.executescript("PRAGMA foreign_keys=OFF; DROP TABLE note; CREATE VIEW note AS SELECT 1;")
    conn.close()
    with pytest.raises(DatabaseProblem) as e:
        schema_check.verify_file(path)
    assert e.value.hint == "foreign_schema"
    assert "view note" in str(e.value) and "missing table note" in str(e.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_a_named_pipe_is_refused_without_being_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.minutier"
    os.mkfifo(fifo)
    for call in (schema_check.verify_file, open_store):
        with pytest.raises(DatabaseProblem, match=r"not a regular file \(it is a named pipe"):
            call(fifo)
    with pytest.raises(DatabaseProblem, match="it is a folder"):
        open_store(tmp_path)
