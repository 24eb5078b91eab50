"""Opening files: pragmas and permissions of a new file, and refusals that never write."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from minutier.core.errors import DatabaseProblem
from minutier.services import records
from minutier.store import schema
from minutier.store.connection import BUSY_TIMEOUT_MS, Store, open_store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def journals(path: Path) -> list[Path]:
    return [
        p for p in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")) if p.exists()
    ]


def pragma(store: Store, name: str) -> object:
    return store.scalar(f"PRAGMA {name}")


def test_new_file_has_the_safe_pragmas(store: Store) -> None:
    assert pragma(store, "journal_mode") == "wal"
    assert pragma(store, "synchronous") == 2  # FULL
    assert pragma(store, "foreign_keys") == 1
    assert pragma(store, "busy_timeout") == BUSY_TIMEOUT_MS
    assert BUSY_TIMEOUT_MS >= 1000


def test_new_file_is_private_and_at_the_latest_version(store: Store) -> None:
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert pragma(store, "user_version") == schema.LATEST_VERSION
    applied = [r["name"] for r in store.query("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    assert applied == list(schema.NAMES)
    assert store.scalar("SELECT value FROM meta WHERE key = 'application'") == "minutier"


def test_pragmas_hold_after_reopening(store: Store) -> None:
    path = store.path
    store.close()
    with open_store(path, who="again") as again:
        assert pragma(again, "journal_mode") == "wal"
        assert pragma(again, "synchronous") == 2
        assert pragma(again, "foreign_keys") == 1
        assert pragma(again, "busy_timeout") == BUSY_TIMEOUT_MS
        assert again.who == "again"
        assert not again.readonly


def test_missing_file_without_create_is_refused_and_not_made(tmp_path: Path) -> None:
    path = tmp_path / "nothing.minutier"
    with pytest.raises(DatabaseProblem) as e:
        open_store(path)
    assert not path.exists()
    assert str(e.value).endswith(".")
    with pytest.raises(DatabaseProblem):
        open_store(path, create=True, readonly=True)
    assert not path.exists()


def _refused_untouched(path: Path, hint: str | None = None) -> DatabaseProblem:
    before = digest(path)
    size = path.stat().st_size
    with pytest.raises(DatabaseProblem) as e:
        open_store(path)
    assert digest(path) == before
    assert path.stat().st_size == size
    assert journals(path) == []
    if hint is not None:
        assert e.value.hint == hint
    message = str(e.value)
    assert message.endswith(".") and "Traceback" not in message
    return e.value


def test_file_from_a_newer_minutier_is_refused_byte_for_byte(store: Store) -> None:
    path = store.path
    store.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.close()
    assert journals(path) == []
    problem = _refused_untouched(path, "update_app")
    assert str(schema.LATEST_VERSION + 1) in str(problem)
    # read-only is refused as well, still without a write
    before = digest(path)
    with pytest.raises(DatabaseProblem):
        open_store(path, readonly=True)
    assert digest(path) == before


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.minutier"
    path.write_text("Compte rendu de la réunion\n" * 200, encoding="utf-8")
    _refused_untouched(path, "choose_another")


def test_zero_length_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "empty.minutier"
    path.touch()
    _refused_untouched(path)
    assert path.stat().st_size == 0
    # even when asked to create: an existing empty file is not reused
    with pytest.raises(DatabaseProblem):
        open_store(path, create=True)
    assert path.stat().st_size == 0


def test_truncated_header_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "short.minutier"
    path.write_bytes(b"SQLite form")
    _refused_untouched(path)


def test_someone_elses_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE album (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO album (title) VALUES ('vacances')")
    conn.commit()
    conn.close()
    _refused_untouched(path, "choose_another")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("album",)]
    conn.close()


def test_foreign_sqlite_file_with_a_high_user_version_is_not_a_newer_minutier(
    tmp_path: Path,
) -> None:
    # browsers and many apps set user_version: that is no reason to ask for a Minutier update
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("PRAGMA user_version = 74")
    conn.commit()
    conn.close()
    problem = _refused_untouched(path, "choose_another")
    assert "not a Minutier one" in str(problem)


def test_readonly_open_cannot_write(store: Store, committee: int) -> None:
    path = store.path
    store.close()
    before = digest(path)
    with open_store(path, readonly=True) as ro:
        assert ro.readonly
        assert ro.scalar("SELECT count(*) FROM committee") == 1
        with pytest.raises(DatabaseProblem) as e, ro.transaction():
            pass
        assert e.value.hint == "read_only"
        with pytest.raises(DatabaseProblem):
            records.create(ro, "person", {"name": "Choi Sang-mok"})
        with pytest.raises(DatabaseProblem):
            records.update(ro, "committee", committee, {"name": "Autre nom"})
        with pytest.raises(sqlite3.OperationalError):  # the handle itself is read-only too
            ro.conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    assert digest(path) == before


def test_transaction_rolls_back_on_error(store: Store) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.transaction():
        store.conn.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
        raise Boom
    assert store.scalar("SELECT count(*) FROM meta WHERE key = 'k'") == 0
    assert not store.conn.in_transaction
    with store.transaction():
        store.conn.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
    assert store.scalar("SELECT value FROM meta WHERE key = 'k'") == "v"


def test_closing_checkpoints_the_wal(store: Store, committee: int) -> None:
    path = store.path
    store.close()
    assert journals(path) == []
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    assert conn.execute("SELECT code FROM committee").fetchall() == [("CSIIA",)]
    conn.close()


def test_another_programs_file_with_a_meta_table_is_not_ours(tmp_path: Path) -> None:
    # "meta" is a common table name: only our application marker makes a file a register
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('application', 'someone-else')")
    conn.commit()
    conn.close()
    problem = _refused_untouched(path, "choose_another")
    assert "not a Minutier one" in str(problem)
