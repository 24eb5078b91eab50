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
    assert n("VALUES('a  b')") != n("VALUES('a b')")  # even right after other characters
    assert n("x IN ( 'a' , 'b' )") == n("x IN ('a' , 'b')")
    assert n("SELECT '( a'") != n("SELECT '(a'")
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


# What each shipped version's schema is, as files of that version hold it. The expected schema
# of version N is the replay of migrations 1..N with today's code: a helper an old migration
# calls (freeze.statements, search_schema.create_triggers, money_triggers…) changed in place
# would change it, and every file of that version would then be refused. Change what a
# helper makes through a new migration (keep the old form for the old one), never in place.
SHIPPED = {
    1: "004939e099877a9a",
    2: "2993f953c96d5ae1",
    3: "52f2f318abbf27b6",
    4: "1c5ae99d1a49e558",
    5: "91243bfbfe7552cb",
    6: "defb4414d28309d9",
    7: "2f84cb6e1c5cf814",
}


@pytest.mark.parametrize("version", sorted(SHIPPED))
def test_a_shipped_versions_schema_never_changes(version: int) -> None:
    import hashlib
    import json

    objects = sorted((list(k), list(s)) for k, s in schema_check.expected(version).items())
    digest = hashlib.sha256(json.dumps(objects).encode()).hexdigest()[:16]
    assert digest == SHIPPED[version], f"version {version}'s schema changed in place"
