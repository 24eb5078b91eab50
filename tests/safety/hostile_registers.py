"""Registers an attacker would send: copies of the demo with SQL of their own inside.

Each case writes a ``canary`` table holding ``untouched`` and SQL that, if it ever ran, would
change it (triggers), or that would hang, eat memory or call ``mz_fold`` (views). ``NAMED`` is
the object a refusal must name.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

_CANARY = "CREATE TABLE canary (v TEXT); INSERT INTO canary VALUES ('untouched');"
_SPIN = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"

CASES: dict[str, tuple[str, str]] = {
    # name: (SQL run on a copy of the demo, object the refusal names)
    "trigger_on_history": (
        "CREATE TRIGGER pwn_history AFTER INSERT ON history BEGIN "
        "UPDATE person SET notes = 'PWNED'; UPDATE canary SET v = 'ran'; END;",
        "trigger pwn_history",
    ),
    "trigger_on_person": (
        "CREATE TRIGGER pwn_person AFTER UPDATE ON person BEGIN "
        "UPDATE canary SET v = 'ran'; END;"
        "CREATE TRIGGER pwn_person_read BEFORE INSERT ON person BEGIN "
        "UPDATE canary SET v = 'ran'; END;",
        "trigger pwn_person",
    ),
    "view_calls_mz_fold": (
        "DROP TABLE committee;"
        "CREATE VIEW committee AS SELECT 1 AS id, 'x' AS uuid, '' AS created_at, "
        "'' AS updated_at, 'n' AS name, '' AS native_name, mz_fold('ATTACKER') AS code, "
        "NULL AS parent_id, NULL AS founded_on, 'fr' AS language, 'UTC' AS timezone, "
        "'' AS description;",
        "view committee",
    ),
    "recursive_view": (
        f"DROP TABLE meeting; CREATE VIEW meeting AS {_SPIN};",
        "view meeting",
    ),
    "huge_blob_view": (
        "DROP TABLE action; CREATE VIEW action AS SELECT hex(zeroblob(400000000)) AS text;",
        "view action",
    ),
    "virtual_table": (
        "CREATE VIRTUAL TABLE evil USING fts5(x);",
        "table evil",
    ),
    "extra_index": (
        "CREATE INDEX idx_evil ON person (length(hex(zeroblob(1000000))));",
        "index idx_evil",
    ),
    "altered_check": (
        "PRAGMA writable_schema = ON;"
        "UPDATE sqlite_master SET sql = replace(sql, 'CHECK (name <> '''')', "
        "'CHECK (length(hex(zeroblob(400000000))) > 0)') WHERE name = 'person';"
        "PRAGMA writable_schema = OFF;",
        "table person",
    ),
}


def build(source: Path, dest: Path, case: str) -> str:
    """Write ``case`` into a copy of ``source`` at ``dest``; returns the object to be named."""
    sql, named = CASES[case]
    dest.write_bytes(source.read_bytes())
    dest.chmod(0o600)
    conn = sqlite3.connect(dest, isolation_level=None)
    try:
        conn.create_function("mz_fold", 1, lambda s: s)  # so the tampering itself can parse
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.executescript(_CANARY + sql)
        if case == "altered_check":  # the edit really landed
            row = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'person'").fetchone()
            assert "zeroblob" in row[0]
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    return named


def canary(path: Path) -> tuple[str, int]:
    """The canary's value and how many people's notes read PWNED (read without running SQL)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        value = conn.execute("SELECT v FROM canary").fetchone()[0]
        pwned = 0
        if conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'person' AND type = 'table'"
        ).fetchone():
            pwned = conn.execute("SELECT count(*) FROM person WHERE notes = 'PWNED'").fetchone()[0]
        return value, pwned
    finally:
        conn.close()
