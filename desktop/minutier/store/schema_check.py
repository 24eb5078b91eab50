"""A register from outside is data, never code: its schema is compared with ours before use.

A ``.minutier`` file carries its own triggers, views and virtual tables, and SQLite runs them
when the file is read or written. So before anything else touches a file, its ``sqlite_master``
is compared with the exact set of objects its ``user_version`` should have — computed by
applying the first N migrations to an in-memory database (once per process). Anything unknown,
missing or altered refuses the file in one sentence naming the objects.

So two rules for migrations: a migration makes the same schema whatever data the file holds
(it is replayed on an empty database), and what an old migration made is never changed in
place — not even through a helper it calls (``freeze.statements``,
``search_schema.create_triggers``…): files of that version would then be refused. Change it
with a new migration. ``tests/store/test_schema_check.py`` keeps a digest of each shipped
version's schema to catch that.

Reading ``sqlite_master`` runs nothing from the file: SQLite only parses the stored CREATE
statements, and ``PRAGMA user_version`` is a header field. No view, trigger or table of the
file is touched until the comparison has passed.

``PRAGMA trusted_schema = OFF`` is set on every connection (``harden``); it stops SQL from
the file calling functions and virtual tables, not running SQL, hence the comparison. The
connection that *writes* a verified register turns it back on (``trust_verified``): Minutier's
own search triggers write to an FTS5 table and call ``mz_fold``, which SQLite 3.40 does not
mark innocuous for FTS5 and Python's ``create_function`` cannot mark innocuous at all (it has
no ``SQLITE_INNOCUOUS`` flag up to 3.13), so with it off every save fails with "unsafe use".
SQLite's defensive mode (no ``writable_schema``, no writes to shadow tables) is switched on
where Python exposes it (``Connection.setconfig``, Python 3.12+); Python 3.11's ``sqlite3``
has no ``setconfig`` nor ``sqlite3_db_config``, so there it cannot be set.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from minutier.core.errors import DatabaseProblem

# Objects sqlite-utils' ``Migrations`` keeps its bookkeeping in (checked against the real
# sqlite-utils output by tests/store/test_schema_check.py, so an upgrade that changes it fails).
MIGRATIONS_OBJECTS = (
    (
        "table",
        "_sqlite_migrations",
        "_sqlite_migrations",
        'CREATE TABLE "_sqlite_migrations" ( "id" INTEGER PRIMARY KEY, '
        '"migration_set" TEXT, "name" TEXT, "applied_at" TEXT )',
    ),
    (
        "index",
        "idx__sqlite_migrations_migration_set_name",
        "_sqlite_migrations",
        'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" '
        'ON "_sqlite_migrations" ("migration_set", "name")',
    ),
)
# Written by SQLite itself (ANALYZE, ``PRAGMA optimize``): statistics only, allowed if present.
OPTIONAL_OBJECTS = {
    ("table", "sqlite_stat1"): ("sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
    ("table", "sqlite_stat4"): (
        "sqlite_stat4",
        "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
    ),
}
_NAMES_SHOWN = 6

Key = tuple[str, str]  # (type, name)
Shape = tuple[str, str | None]  # (tbl_name, normalised sql)


def harden(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``trusted_schema`` off, and defensive mode where Python can set it; returns ``conn``."""
    conn.execute("PRAGMA trusted_schema = OFF")
    setconfig = getattr(conn, "setconfig", None)  # Python 3.12+
    if setconfig is not None:
        setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    return conn


def trust_verified(conn: sqlite3.Connection) -> None:
    """Let Minutier's own triggers run on a connection whose schema ``verify`` has passed.

    Only for the connection that writes: see the module's docstring for why it is needed.
    """
    conn.execute("PRAGMA trusted_schema = ON")


_TOKEN = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|\s+|[^\s'"`\[]+|.""")


_QUOTES = "'\"`["


def normalise(sql: str | None) -> str | None:
    """``sql`` with layout outside quotes made uniform, so layout alone never differs.

    Whitespace between tokens becomes one space, and none after "(" or before ")"; quoted
    strings and identifiers are kept exactly (a space inside them is content).
    """
    if sql is None:
        return None
    tokens = _TOKEN.findall(sql)
    out: list[str] = []
    for i, token in enumerate(tokens):
        if not token.isspace():
            out.append(token)
            continue
        before = out[-1] if out else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not before or not after:
            continue  # leading or trailing
        opens = before[0] not in _QUOTES and before.endswith("(")
        closes = after[0] not in _QUOTES and after.startswith(")")
        if not (opens or closes):
            out.append(" ")
    return "".join(out)


class _Executor:
    """What a migration receives: ``execute`` on a bare connection, sqlite-utils if it asks.

    Most migrations only run SQL; importing sqlite-utils for them would cost ~0.06 s at every
    start of the window. A migration that uses more (``db["t"].transform()``…) gets the real
    ``Database`` over the same connection.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._db: Any = None

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return getattr(self._db, name)

    def __getitem__(self, name: str) -> Any:
        return self.__getattr__("__getitem__")(name)


@cache
def expected(version: int) -> dict[Key, Shape]:
    """The exact schema objects a file at ``version`` has: its first ``version`` migrations."""
    return {key: _shape(version, key) for key in _raw(version)}


@cache
def _shape(version: int, key: Key) -> Shape:
    """One object of ``expected``, normalised only when a file's text differs from it
    (normalising all ~250 took 16 ms of every start of the window, for nothing)."""
    table, sql = _raw(version)[key]
    return table, normalise(sql)


def _migrated_objects(version: int) -> dict[Key, tuple[str, str | None]]:
    """What the first ``version`` migrations create, run on an empty in-memory database."""
    from minutier.store import connection, schema

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        connection.register_functions(conn)
        db = _Executor(conn)
        for _, run in schema._runs[:version]:
            run(db)
        return {
            (kind, name): (table, sql)
            for kind, name, table, sql in conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master"
            )
        }
    finally:
        conn.close()


def _cache_file(version: int) -> Path:
    """Where the objects of ``version`` are kept, named after the code that makes them."""
    import hashlib

    from minutier import __version__
    from minutier.store import locations, schema

    digest = hashlib.sha256(f"{__version__}|{version}|{schema.NAMES}".encode())
    for source in sorted(Path(__file__).parent.glob("*.py")):  # every migration lives here
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return locations.state_dir() / "schema-cache" / f"v{version}-{digest.hexdigest()[:32]}.json"


def _cached_objects(version: int) -> dict[Key, tuple[str, str | None]]:
    """``_migrated_objects``, read from the settings' cache when this code already made it.

    Running every migration on an empty database took ~50 ms of each start (18 migrations,
    python -m minutier.bench); the result only changes with the code, whose sources name
    the cache file. A cache that cannot be read or is malformed is made again.
    """
    try:
        path = _cache_file(version)
    except OSError:
        return _migrated_objects(version)
    with contextlib.suppress(OSError, ValueError, TypeError):
        import json

        rows = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(rows, list) and all(
            isinstance(r, list)
            and len(r) == 4
            and all(isinstance(v, str) for v in r[:3])
            and (r[3] is None or isinstance(r[3], str))
            for r in rows
        ):
            return {(kind, name): (table, sql) for kind, name, table, sql in rows}
    objects = _migrated_objects(version)
    with contextlib.suppress(OSError):
        import json

        path.parent.mkdir(parents=True, exist_ok=True)
        rows = [[kind, name, table, sql] for (kind, name), (table, sql) in objects.items()]
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        partial.write_text(json.dumps(rows), encoding="utf-8")
        os.replace(partial, path)
    return objects


@cache
def _raw(version: int) -> dict[Key, tuple[str, str | None]]:
    """``expected`` before normalising: the SQL text exactly as SQLite stored it."""
    objects = _cached_objects(version)
    if version > 0:
        for kind, name, table, sql in MIGRATIONS_OBJECTS:
            objects[(kind, name)] = (table, sql)
    return objects


@dataclass(frozen=True)
class Differences:
    """How a file's schema differs from the expected one; empty when it is exactly ours."""

    unknown: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    altered: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.unknown or self.missing or self.altered)

    def sentence_part(self) -> str:
        parts = []
        for label, names in (
            ("unknown", self.unknown),
            ("missing", self.missing),
            ("altered", self.altered),
        ):
            if names:
                shown = ", ".join(names[:_NAMES_SHOWN])
                more = len(names) - _NAMES_SHOWN
                parts.append(f"{label} {shown}" + (f" and {more} more" if more > 0 else ""))
        return "; ".join(parts)


def read_objects(conn: sqlite3.Connection) -> list[tuple[str, str, str, str | None]]:
    """(type, name, tbl_name, sql) of every object in the file's schema; runs nothing in it."""
    return [
        tuple(row)  # type: ignore[misc]
        for row in conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master")
    ]


def compare(objects: list[tuple[str, str, str, str | None]], version: int) -> Differences:
    """Compare a file's objects with what ``version`` should have."""
    raw = _raw(version)
    seen: dict[Key, int] = {}
    unknown, altered = [], []
    for kind, name, table, sql in objects:
        key = (str(kind), str(name))
        seen[key] = seen.get(key, 0) + 1
        label = f"{kind} {name}"
        if raw.get(key) == (table, sql) and seen[key] == 1:
            continue  # the very text the migrations wrote: no need to normalise it
        shape = (str(table), normalise(sql))
        if key in raw:
            if shape != _shape(version, key) or seen[key] > 1:
                altered.append(label)
        elif key in OPTIONAL_OBJECTS:
            if shape != OPTIONAL_OBJECTS[key] or seen[key] > 1:
                altered.append(label)
        else:
            unknown.append(label)
    order = {"table": 0, "view": 1, "trigger": 2, "index": 3}
    missing = [
        f"{kind} {name}"
        for kind, name in sorted(raw, key=lambda k: (order.get(k[0], 9), k[1]))
        if (kind, name) not in seen
    ]
    return Differences(tuple(unknown), tuple(missing), tuple(dict.fromkeys(altered)))


def _is_ours(conn: sqlite3.Connection, objects: list[tuple[str, str, str, str | None]]) -> bool:
    """Whether the file carries Minutier's marker, read only from a ``meta`` exactly like ours.

    "meta" is a common table name; only a table shaped like ours (so with nothing computed when
    it is read) is queried for the ``application`` marker.
    """
    from minutier.store import schema

    version = conn.execute("PRAGMA user_version").fetchone()[0]
    ours = _shape(min(max(version, 1), schema.LATEST_VERSION), ("table", "meta"))
    shaped = [o for o in objects if o[0] == "table" and o[1] == "meta"]
    if len(shaped) != 1 or (shaped[0][2], normalise(shaped[0][3])) != ours:
        return False
    row = conn.execute("SELECT value FROM main.meta WHERE key = 'application'").fetchone()
    return row is not None and row[0] == "minutier"


def verify(conn: sqlite3.Connection, path: str | os.PathLike[str] | None = None) -> int:
    """Refuse (``DatabaseProblem``) a file whose schema is not exactly Minutier's; its version.

    Reads only ``PRAGMA user_version`` and ``sqlite_master``. An empty file passes (version 0,
    nothing in it). Call it on a connection ``harden`` has set up, before anything else.
    Raises ``sqlite3.DatabaseError`` when the schema itself cannot be read (damage).
    """
    from minutier.store import schema

    name = Path(path).name if path is not None else "The file"
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    objects = read_objects(conn)
    if not objects and version == 0:
        return 0
    if not _is_ours(conn, objects):
        raise DatabaseProblem(
            f"{name} is an SQLite database but not a Minutier one.",
            path=str(path or ""),
            hint="choose_another",
        )
    if version > schema.LATEST_VERSION:
        raise DatabaseProblem(
            f"{name} was written by a newer Minutier (schema version {version}; "
            f"this version reads up to {schema.LATEST_VERSION}). Update Minutier to open it.",
            path=str(path or ""),
            hint="update_app",
            version=version,
        )
    differences = compare(objects, max(version, 0))
    if differences:
        raise DatabaseProblem(
            f"{name} was refused because its structure is not one Minutier made "
            f"({differences.sentence_part()}), so nothing in it was read or run; "
            "if it came from someone else, ask them for an export instead.",
            path=str(path or ""),
            hint="foreign_schema",
            objects=differences.sentence_part(),
        )
    return version


def connect_readonly(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """A hardened read-only connection that creates nothing beside the file (immutable)."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1"
    return harden(sqlite3.connect(uri, uri=True))


def verify_file(path: str | os.PathLike[str]) -> int:
    """Verify a register from outside before reading it (import, merge, restore); its version.

    Opens ``path`` read-only and immutable (no journal replayed, nothing written beside it)
    with ``trusted_schema`` off, compares its schema, closes it. Raises ``DatabaseProblem``
    with one sentence: not a regular file, not SQLite, damaged, newer, or not our schema.
    """
    from minutier.store import files

    path = Path(path)
    files.require_regular(path)
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as e:
        raise DatabaseProblem(f"Cannot open {path.name}: {e}.", path=str(path)) from e
    try:
        return verify(conn, path)
    except sqlite3.DatabaseError as e:
        raise DatabaseProblem(
            f"{path.name} is damaged or is not a Minutier database ({e}); nothing was read "
            "from it.",
            path=str(path),
            hint="choose_another",
        ) from e
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()


def problem(conn: sqlite3.Connection, path: str | os.PathLike[str] | None = None) -> str:
    """The refusal sentence for ``conn``'s file, or "" when its schema is ours (for listings)."""
    try:
        verify(conn, path)
    except DatabaseProblem as e:
        return reason(e)
    except sqlite3.DatabaseError as e:
        return f"it is damaged ({e})"
    return ""


def reason(e: DatabaseProblem) -> str:
    """A refusal as a phrase to put after "cannot be restored:" and the like."""
    if e.hint == "foreign_schema":
        return f"its structure is not one Minutier made ({e.params['objects']})"
    return str(e).rstrip(".")
