"""The JSON exchange format: exporting every record by UUID, and importing such a file safely.

The format is described in ``README.md`` beside this module. Output is deterministic (records
sorted by UUID, keys sorted, UTF-8 text), so export → import into an empty register → export
gives the same file apart from ``exported_at``.
"""

from __future__ import annotations

import base64
import json
import os
import stat
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from minutier import __version__
from minutier.core import clock
from minutier.core.errors import ValidationError
from minutier.services.exchange import public as public_rules
from minutier.services.exchange import rows
from minutier.services.exchange.bases import local_bases
from minutier.services.exchange.files import write_atomic
from minutier.services.exchange.importer import ImportReport, apply
from minutier.services.exchange.layout import (
    FORMAT,
    IDENTITY_KEYS,
    MAX_FILE_BYTES,
    MIB,
    TABLE_ORDER,
    TABLES,
    VERSION,
)
from minutier.services.merge.portable import Resolver
from minutier.store import files
from minutier.store.connection import Store

__all__ = [
    "ImportReport",
    "dumps",
    "export_data",
    "import_data",
    "import_file",
    "read_json",
    "write_json",
]


def export_data(
    store: Store,
    *,
    public: bool = False,
    only: Mapping[str, Collection[int]] | None = None,
    drop: Mapping[str, Collection[str]] | None = None,
    bases: bool = True,
) -> dict[str, Any]:
    """Every record of the register as the exchange format's object (history is not included).

    ``public``: confidential records and what belongs to them left out (``exchange.public``);
    a public file carries no ``base`` either (a base could hold a withheld value).
    ``only`` limits each table to the given ids (a table not named is left out); a reference
    must then point to a record kept, unless its column is in ``drop`` (written as null).
    With ``bases``, a record changed here since it was created or last received carries
    ``base``: those fields' values at that point (``bases.local_bases``), which the importer's
    merge rule needs.
    """
    drop = drop or {}
    left_out = public_rules.withheld(store) if public else {}
    changed = local_bases(store) if bases and not public else {}
    resolver = Resolver(store)

    def ids_of(table: str) -> tuple[str, tuple[Any, ...]]:
        if only is None:
            return "", ()
        return " WHERE id IN (SELECT value FROM json_each(?))", (
            json.dumps(sorted(only.get(table, ()))),
        )

    uuids = {}
    for table in TABLE_ORDER:
        where, params = ids_of(table)
        uuids[table] = dict(
            store.conn.execute(f"SELECT id, uuid FROM {table}{where}", params).fetchall()
        )
    records: dict[str, list[dict[str, Any]]] = {}
    for table in TABLE_ORDER:
        dropped = drop.get(table, ())
        out = []
        where, params = ids_of(table)
        for row in store.query(f"SELECT * FROM {table}{where}", params):
            if row["id"] in left_out.get(table, ()):
                continue
            item = {key: row[key] for key in IDENTITY_KEYS}
            for col in TABLES[table]:
                value = None if col.column in dropped else row[col.column]
                if public and col.column in public_rules.INTERNAL_ONLY.get(table, ()):
                    value = None
                if value is not None and col.kind == "ref":
                    assert col.ref is not None
                    if value in left_out.get(col.ref, ()):
                        value = None
                    else:
                        value = uuids[col.ref][value]
                elif value is not None and col.kind == "bool":
                    value = bool(value)
                elif value is not None and col.kind == "base64":
                    value = base64.b64encode(value).decode("ascii")
                item[col.key] = value
            base = _base(changed.get((table, row["uuid"])), row, table, resolver)
            if base:
                item["base"] = base
            out.append(item)
        records[table] = sorted(out, key=lambda r: r["uuid"])
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"Minutier {__version__}",
        "exported_at": clock.utc_timestamp(),
        "records": records,
    }


def _base(
    before: dict[str, Any] | None, row: dict[str, Any], table: str, resolver: Resolver
) -> dict[str, Any]:
    """The ``base`` of one record in the file's keys and forms (fields changed back are left out)."""
    if not before:
        return {}
    out = {}
    for col in TABLES[table]:
        if col.column not in before or before[col.column] == row[col.column]:
            continue
        value = before[col.column]
        if value is not None and col.kind == "ref":
            assert col.ref is not None
            value = resolver.uuid_of(col.ref, int(value))
        elif col.kind == "base64":
            continue
        out[col.key] = value
    return out


def dumps(data: dict[str, Any]) -> str:
    """The file's text: sorted keys, one-space indent, non-ASCII kept as is, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_json(store: Store, path: str | os.PathLike[str], *, public: bool = False) -> None:
    """Export the whole register to ``path`` as a JSON exchange file (``public``: see above)."""
    write_atomic(Path(path), dumps(export_data(store, public=public)))


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValidationError("file", key, "this key appears twice in the same JSON object")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValidationError("file", name, "JSON has no such number; write a plain number")


def read_json(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read an exchange file, refusing files over 50 MiB before reading them."""
    path = Path(path)
    where = f"import file {path.name}"
    limit = f"an import file may hold at most {MAX_FILE_BYTES // MIB} MiB"
    try:
        mode, size = (st := path.stat()).st_mode, st.st_size
        if not stat.S_ISREG(mode):  # a named pipe would block the open below forever
            raise ValidationError(
                where, str(path), f"this is not a regular file (it is {files.kind_of(mode)})"
            )
        if size > MAX_FILE_BYTES:
            raise ValidationError(where, f"{size / MIB:.1f} MiB", limit)
        from minutier.store.connection import refuse_if_held

        refuse_if_held(path)  # a register open here: reading it would drop its locks
        with open(path, "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)  # a file still growing cannot slip past the limit
    except OSError as e:
        raise ValidationError(where, str(path), f"this file cannot be read ({e.strerror})") from e
    if len(raw) > MAX_FILE_BYTES:
        raise ValidationError(where, str(path), limit)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(where, path.name, "this file is not UTF-8 text") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        raise ValidationError(
            where, path.name, f"this is not valid JSON (line {e.lineno}, column {e.colno})"
        ) from None
    except (ValueError, RecursionError):  # digits beyond Python's limit, absurd nesting
        raise ValidationError(
            where, path.name, "this is not a JSON file Minutier can read"
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(where, path.name, "this is not a Minutier exchange file")
    return data


def _not_null(store: Store) -> dict[str, frozenset[str]]:
    return {
        table: frozenset(
            r[1] for r in store.conn.execute(f"PRAGMA table_info({table})").fetchall() if r[3]
        )
        for table in TABLE_ORDER
    }


def import_data(
    store: Store, data: Any, *, label: str = "Import", source: str = ""
) -> ImportReport:
    """Import a decoded exchange file as one undoable operation; refuse it whole or take it whole.

    Raises a ``MinutierError`` (naming the table, the UUID and the field) and changes nothing
    when any record is refused.
    """
    parsed = rows.parse(data, notnull=_not_null(store))
    return apply(store, parsed, label=label, source=source)


def import_file(store: Store, path: str | os.PathLike[str]) -> ImportReport:
    """Read and import an exchange file; see ``import_data``."""
    path = Path(path)
    return import_data(store, read_json(path), label=f"Import {path.name}", source=path.name)
