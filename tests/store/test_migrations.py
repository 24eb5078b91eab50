"""A file made by version 1 of the schema opens with the latest code: upgraded, data kept, indexed.

The version-1 file is built by applying only the first migration, then filled with raw
inserts as Minutier 1 would have written them. Every later migration runs on it, so a new
migration that loses or mangles old data, or forgets the search index, fails here.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from minutier.services import records
from minutier.store import schema, search
from minutier.store.connection import open_store, register_functions

T0 = "2024-05-01T08:00:00.000Z"
OLD_ROWS: dict[str, list[dict[str, Any]]] = {
    "committee": [
        {
            "id": 1,
            "name": "Comité national de l'IA",
            "code": "CNIA",
            "language": "fr",
            "timezone": "Asia/Seoul",
        },
        {
            "id": 2,
            "name": "Comité spécial de l'infrastructure de calcul",
            "code": "CSIIA",
            "parent_id": 1,
            "native_name": "국가AI컴퓨팅인프라특별위원회",
            "timezone": "Asia/Seoul",
        },
    ],
    "person": [{"id": 1, "name": "Choi Sang-mok", "native_name": "최상목"}],
    "meeting": [
        {
            "id": 1,
            "committee_id": 2,
            "number": 3,
            "title": "Troisième réunion",
            "starts_at": "2025-02-16T10:00",
            "timezone": "Asia/Seoul",
            "convener_id": 1,
        },
    ],
    "agenda_item": [
        {
            "id": 1,
            "meeting_id": 1,
            "position": 1,
            "title": "Supercalculateur n° 6",
            "notes": "8 000 GPU de plus",
        },
    ],
    "initiative": [{"id": 1, "name": "Centre national de calcul IA", "code": "CNCIA"}],
    "decision": [
        {
            "id": 1,
            "committee_id": 2,
            "number": 1,
            "meeting_id": 1,
            "text": "Respecter l'échéance de 2027 pour le centre",
            "decided_on": "2025-02-16",
        },
    ],
    "figure": [
        {
            "id": 1,
            "decision_id": 1,
            "kind": "money",
            "amount_minor": 400000000000,
            "currency": "KRW",
            "equiv_amount_minor": 27700000000,
            "equiv_currency": "USD",
        },
    ],
    "decision_initiative": [{"id": 1, "decision_id": 1, "initiative_id": 1}],
    "action": [
        {
            "id": 1,
            "committee_id": 2,
            "number": 1,
            "meeting_id": 1,
            "text": "Préparer le plan interministériel",
            "owner_person_id": 1,
            "due_on": "2025-03-31",
        },
    ],
    "action_note": [
        {"id": 1, "action_id": 1, "noted_on": "2025-03-01", "text": "Premier jet envoyé"},
    ],
}


def _uuid(table: str, n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"minutier-test:{table}:{n}"))


def make_version_1(path: Path) -> None:
    conn = sqlite3.connect(path)
    register_functions(conn)
    db = Database(conn)
    schema.migrations.apply(db, stop_before=schema.NAMES[1])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.execute("PRAGMA user_version = 1")
    with conn:
        for table, rows in OLD_ROWS.items():
            for row in rows:
                full = {"uuid": _uuid(table, row["id"]), "created_at": T0, "updated_at": T0, **row}
                names = ", ".join(full)
                marks = ", ".join("?" * len(full))
                conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(full.values()))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "search_index" not in tables  # version 1 had no index
    conn.close()


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """The version 1 rows, in version 1's columns (later migrations may add columns)."""
    out = {}
    for t in OLD_ROWS:
        names = ", ".join(
            c for c in _V1_COLUMNS.setdefault(t, _columns(conn, t)) if c in _columns(conn, t)
        )
        out[t] = conn.execute(f"SELECT {names} FROM {t} ORDER BY id").fetchall()
    return out


_V1_COLUMNS: dict[str, list[str]] = {}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    path = tmp_path / "old.minutier"
    make_version_1(path)
    return path


def test_version_1_file_is_upgraded_with_its_data(v1: Path) -> None:
    conn = sqlite3.connect(v1)
    before = dump(conn)
    conn.close()
    assert all(before.values())
    with open_store(v1, who="upgrader") as store:
        assert store.scalar("PRAGMA user_version") == schema.LATEST_VERSION
        names = [
            r["name"] for r in store.query("SELECT name FROM _sqlite_migrations ORDER BY rowid")
        ]
        assert names == list(schema.NAMES)
        assert dump(store.conn) == before
        assert store.scalar("PRAGMA foreign_key_check") is None
        assert store.scalar("PRAGMA integrity_check") == "ok"
    # opening again runs nothing more
    with open_store(v1) as store:
        assert store.scalar("SELECT count(*) FROM _sqlite_migrations") == len(schema.NAMES)


def test_upgrade_indexes_what_was_already_there(v1: Path) -> None:
    with open_store(v1) as store:
        hits = search.search(store, "echeance")
        assert [(h.kind, h.id) for h in hits] == [("decision", 1)]
        assert [(h.kind, h.id) for h in search.search(store, "8000")] == [("agenda_item", 1)]
        assert [(h.kind, h.id) for h in search.search(store, "interministeriel")] == [("action", 1)]
        assert [(h.kind, h.id) for h in search.search(store, "premier jet")] == [("action_note", 1)]
        assert [(h.kind, h.id) for h in search.search(store, "CNCIA")] == [("initiative", 1)]
        # rows of every indexed table, and nothing else
        indexed = sum(
            store.scalar(f"SELECT count(*) FROM {t}")
            for t in (
                "meeting",
                "agenda_item",
                "note",
                "announcement",
                "decision",
                "initiative",
                "action",
                "action_note",
            )
        )
        assert store.scalar("SELECT count(*) FROM search_index") == indexed


def test_upgraded_file_takes_new_writes_and_indexes_them(v1: Path) -> None:
    with open_store(v1) as store:
        new = records.create(
            store, "decision", {"committee_id": 2, "number": 2, "text": "Nouvelle échéance fixée"}
        )
        assert {h.id for h in search.search(store, "echeance")} == {1, new}
        with pytest.raises(Exception, match="already uses"):
            records.create(store, "decision", {"committee_id": 2, "number": 1, "text": "Doublon"})


def test_a_backup_is_taken_before_migrating(v1: Path, minutier_home: Path) -> None:
    original = v1.read_bytes()
    with open_store(v1):
        pass
    copies = [p for p in minutier_home.rglob("*") if p.is_file() and "migration" in p.name]
    assert copies, list(minutier_home.rglob("*"))
    conn = sqlite3.connect(f"{copies[0].resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM decision").fetchone()[0] == 1
    conn.close()
    assert original[:16] == b"SQLite format 3\x00"


def test_readonly_open_of_an_old_file_is_refused_without_writing(v1: Path) -> None:
    from minutier.core.errors import DatabaseProblem

    before = v1.read_bytes()
    with pytest.raises(DatabaseProblem) as e:
        open_store(v1, readonly=True)
    assert e.value.hint == "open_writable"
    assert v1.read_bytes() == before


def test_migrations_are_listed_in_order_and_named_uniquely() -> None:
    assert len(set(schema.NAMES)) == len(schema.NAMES) == schema.LATEST_VERSION
    assert schema.NAMES[0] == "m001_records"
    for i, name in enumerate(schema.NAMES, start=1):
        assert name.startswith(f"m{i:03d}_"), name
