"""Checking an exchange file before anything is written: header, records, types, formats, limits.

Everything here is pure: ``parse`` turns the decoded JSON into ``Row`` objects whose values are
ready for the database (references still as UUIDs) or raises a ``ValidationError`` naming the
table, the record's UUID and the field. Dates must be strict ISO 8601 here, unlike in a form:
a file is data, and "fin mars" in a file would mean a different day depending on when it is read.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from minutier.core import clock, figures
from minutier.core.errors import ValidationError
from minutier.core.fields import clean_value
from minutier.services.exchange.layout import (
    FORMAT,
    IDENTITY_KEYS,
    TABLE_ORDER,
    TABLES,
    VERSION,
    Column,
)

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I | re.A)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.A)
_PARTIAL_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?", re.A)
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}", re.A)
_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?Z", re.A
)
_QUANTITY = re.compile(r"-?[0-9]+(?:\.[0-9]+)?", re.A)
_CURRENCY = re.compile(r"[A-Z]{3}", re.A)
_SHA256 = re.compile(r"[0-9a-f]{64}", re.A)
_TEXT_KINDS = frozenset(
    {
        "line",
        "text",
        "code",
        "email",
        "timezone",
        "rrule",
        "choice",
        "date",
        "partial_date",
        "datetime",
        "timestamp",
        "quantity",
        "currency",
        "sha256",
        "base64",
        "ref",
    }
)
_ISO_FORMS = {
    "date": (_DATE, "write the date as YYYY-MM-DD"),
    "partial_date": (_PARTIAL_DATE, "write the date as YYYY, YYYY-MM or YYYY-MM-DD"),
    "datetime": (_DATETIME, "write the local date and time as YYYY-MM-DDTHH:MM"),
}
KNOWN_TOP_KEYS = frozenset({"format", "version", "exported_at", "generator", "records"})


@dataclass
class Row:
    """One record of the file, checked: database values, and references still as UUIDs."""

    table: str
    uuid: str
    created_at: str | None
    updated_at: str | None
    values: dict[str, Any] = field(default_factory=dict)  # column → value
    refs: dict[str, str | None] = field(default_factory=dict)  # column → UUID or None
    # Version 2: the fields the sender changed since it got the record, with their values then
    # (references as UUIDs); None when the file says nothing about it (version 1).
    base: dict[str, Any] | None = None

    @property
    def label(self) -> str:
        return f"{self.table} {self.uuid}"


@dataclass
class Parsed:
    """Every record of the file, table by table in dependency order, each sorted by UUID."""

    rows: dict[str, list[Row]]
    warnings: list[str]
    version: int = VERSION
    exported_at: str | None = None

    def count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())


def _shown(value: Any) -> str:
    """What a refusal quotes of a value (a whole JSON object would drown the sentence)."""
    if isinstance(value, dict):
        return "a JSON object"
    if isinstance(value, list):
        return "a JSON list"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def check_header(data: Any) -> tuple[dict[str, Any], list[str]]:
    """The ``records`` object of a decoded file, after checking its format and version."""
    if not isinstance(data, dict):
        raise ValidationError(
            "file", _shown(data), "this is not a Minutier exchange file (expected a JSON object)"
        )
    if data.get("format") != FORMAT:
        raise ValidationError(
            "format",
            _shown(data.get("format")),
            f'this is not a Minutier exchange file (its "format" must be "{FORMAT}")',
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValidationError("version", _shown(version), "the format version must be a number")
    if version > VERSION:
        raise ValidationError(
            "version",
            version,
            f"this file was written by a newer Minutier (exchange format version {version}) "
            f"and this one reads version {VERSION}; update Minutier to import it",
        )
    if version < 1:
        raise ValidationError(
            "version", version, f"this Minutier reads exchange format versions 1 to {VERSION}"
        )
    records = data.get("records")
    if not isinstance(records, dict):
        raise ValidationError(
            "records", _shown(records), 'the file must hold a "records" object of tables'
        )
    warnings = [
        f"The file's top-level entry “{key}” is not part of the format and was ignored."
        for key in sorted(k for k in data if k not in KNOWN_TOP_KEYS)
    ]
    unknown = sorted(str(t) for t in records if t not in TABLES)
    if unknown:
        raise ValidationError("records", unknown[0], "this is not a kind of record Minutier knows")
    return records, warnings


def _field_error(label: str, col: Column, value: Any, reason: str) -> ValidationError:
    return ValidationError(f"{label}, field {col.key}", _shown(value), reason)


def _check_uuid(value: Any, where: str, name: str = "uuid") -> str:
    if not isinstance(value, str) or not _UUID.fullmatch(value):
        reason = "this is not a UUID" if value is not None else "every record needs a UUID"
        raise ValidationError(f"{where}, field {name}", _shown(value), reason)
    return value.lower()


def _check_timestamp(value: Any, label: str, name: str) -> str | None:
    if value is None:
        return None
    ok = isinstance(value, str) and _TIMESTAMP.fullmatch(value)
    if ok:
        try:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            ok = False
    if not ok:
        raise ValidationError(
            f"{label}, field {name}",
            _shown(value),
            "write the time in UTC as YYYY-MM-DDTHH:MM:SS.sssZ",
        )
    return value


def _value(col: Column, value: Any, label: str, today: dt.date) -> Any:
    """The database value of one field, or a ValidationError naming record and field."""
    kind = col.kind
    if kind in _TEXT_KINDS and not isinstance(value, str):
        raise _field_error(label, col, value, "this must be text")
    if kind in ("int", "money") and (not isinstance(value, int) or isinstance(value, bool)):
        raise _field_error(label, col, value, "this must be a whole number")
    if kind == "ref":
        return _check_uuid(value, label, col.key)
    if kind == "bool":
        if not isinstance(value, bool):
            raise _field_error(label, col, value, "write true or false")
        return int(value)
    if kind in _ISO_FORMS:
        pattern, how = _ISO_FORMS[kind]
        if not pattern.fullmatch(value):
            raise _field_error(label, col, value, how)
    if kind == "timestamp":
        return _check_timestamp(value, label, col.key)
    if kind == "money":
        if abs(value) > figures.MAX_ABS_MINOR:
            raise _field_error(label, col, value, "this amount is too large")
        return value
    if kind == "quantity":
        if not _QUANTITY.fullmatch(value) or len(value) > 60:
            raise _field_error(label, col, value, "write the quantity as a plain decimal (1.8)")
        try:
            return figures.canonical_quantity(value)
        except ValidationError as e:
            raise _field_error(label, col, value, e.reason) from None
    if kind == "currency":
        if not _CURRENCY.fullmatch(value):
            raise _field_error(label, col, value, "write an ISO 4217 code such as EUR or KRW")
        try:
            return figures.check_currency(value)
        except ValidationError as e:
            raise _field_error(label, col, value, e.reason) from None
    if kind == "sha256":
        if not _SHA256.fullmatch(value):
            raise _field_error(label, col, value, "this is not a SHA-256 in hexadecimal")
        return value
    if kind == "base64":
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise _field_error(label, col, value[:40], "this is not base64 text") from None
    try:
        return clean_value(col.field, value, today=today)
    except ValidationError as e:
        raise _field_error(label, col, value, e.reason) from None


def _row(
    table: str,
    obj: Any,
    index: int,
    notnull: Mapping[str, frozenset[str]],
    today: dt.date,
    version: int = VERSION,
) -> Row:
    where = f"{table} record #{index + 1}"
    if not isinstance(obj, dict):
        raise ValidationError(where, _shown(obj), "each record must be a JSON object")
    uid = _check_uuid(obj.get("uuid"), where)
    row = Row(table, uid, None, None)
    label = row.label
    columns = TABLES[table]
    known = {c.key for c in columns} | set(IDENTITY_KEYS) | ({"base"} if version >= 2 else set())
    unknown = sorted(str(k) for k in obj if k not in known)
    if unknown:
        raise ValidationError(label, unknown[0], f"this is not a field of {table} records")
    row.created_at = _check_timestamp(obj.get("created_at"), label, "created_at")
    row.updated_at = _check_timestamp(obj.get("updated_at"), label, "updated_at")
    if "base" in obj:
        row.base = _base(obj["base"], columns, label, today)
    for col in columns:
        if col.key not in obj:
            if col.required:
                raise _field_error(label, col, "", "this field is required")
            continue
        value = obj[col.key]
        if value is None:
            if col.required:
                raise _field_error(label, col, value, "this field is required")
            if col.kind == "ref":
                row.refs[col.column] = None
            elif col.kind in ("line", "text", "email", "code"):
                row.values[col.column] = ""
            elif col.column in notnull.get(table, frozenset()):
                raise _field_error(
                    label, col, value, "this field cannot be empty; leave it out for the default"
                )
            else:
                row.values[col.column] = None
            continue
        checked = _value(col, value, label, today)
        if col.kind == "ref":
            row.refs[col.column] = checked
        else:
            row.values[col.column] = checked
    _check_record(row)
    return row


def _base(base: Any, columns: tuple[Column, ...], label: str, today: dt.date) -> dict[str, Any]:
    """A version 2 record's ``base``: checked like its fields (a null stays null)."""
    where = f"{label}, field base"
    if not isinstance(base, dict):
        raise ValidationError(where, _shown(base), "the base must be a JSON object of fields")
    by_key = {c.key: c for c in columns}
    out: dict[str, Any] = {}
    for key, value in base.items():
        col = by_key.get(key)
        if col is None or col.kind == "base64":
            raise ValidationError(where, key, "this is not a field a base can hold")
        if value is None:
            empty = "" if col.kind in ("line", "text", "email", "code") else None
            out[col.column] = empty
        else:
            out[col.column] = _value(col, value, label, today)
    return out


def _check_record(row: Row) -> None:
    """Rules between fields that deserve a clearer sentence than the database would give."""
    if row.table == "figure":
        owners = [c for c in ("announcement_id", "decision_id", "initiative_id") if row.refs.get(c)]
        if len(owners) != 1:
            raise ValidationError(
                row.label,
                ", ".join(o.removesuffix("_id") for o in owners) or "none",
                "a figure belongs to exactly one announcement, decision or initiative",
            )
    if row.table == "figure":
        _check_figure(row)
    if row.table == "minutes_version":
        for prefix in ("", "public_"):
            pdf, sha = row.values.get(f"{prefix}pdf"), row.values.get(f"{prefix}pdf_sha256")
            if pdf is not None and sha is not None and hashlib.sha256(pdf).hexdigest() != sha:
                raise ValidationError(
                    f"{row.label}, field {prefix}pdf_sha256",
                    sha,
                    f"this is not the SHA-256 of the PDF in {prefix}pdf_base64",
                )
    if row.table == "attachment":
        data, sha = row.values.get("content"), row.values.get("sha256")
        if data is not None and sha is not None and hashlib.sha256(data).hexdigest() != sha:
            raise ValidationError(
                f"{row.label}, field sha256", sha, "this is not the SHA-256 of content_base64"
            )
        if data is not None and row.values.get("size") not in (None, len(data)):
            raise ValidationError(
                f"{row.label}, field size", row.values["size"], "this is not the size of the file"
            )


def _check_figure(row: Row) -> None:
    v = row.values
    if {"kind", "quantity", "unit", "amount_minor", "currency"} <= v.keys():
        if v["kind"] == "quantity" and (
            v["quantity"] is None or not v["unit"] or v["amount_minor"] is not None
        ):
            raise ValidationError(
                row.label, v["kind"], "a quantity needs a quantity and a unit, and no amount"
            )
        if v["kind"] == "money" and (
            v["amount_minor"] is None or not v["currency"] or v["quantity"] is not None
        ):
            raise ValidationError(
                row.label, v["kind"], "an amount of money needs a currency, and no quantity"
            )
    if {"equiv_amount_minor", "equiv_currency"} <= v.keys() and (
        (v["equiv_amount_minor"] is None) != (v["equiv_currency"] is None)
    ):
        raise ValidationError(
            row.label, "equivalent", "an equivalent needs both an amount and a currency"
        )


def parse(data: Any, *, notnull: Mapping[str, frozenset[str]]) -> Parsed:
    """Check a decoded exchange file; ``notnull`` names the columns that cannot hold null."""
    records, warnings = check_header(data)
    version = data["version"]
    today = clock.today()
    seen: dict[str, str] = {}
    out: dict[str, list[Row]] = {}
    for table in TABLE_ORDER:
        objs = records.get(table, [])
        if not isinstance(objs, list):
            raise ValidationError(table, _shown(objs), "each table must be a JSON list of records")
        rows = [_row(table, obj, i, notnull, today, version) for i, obj in enumerate(objs)]
        for row in rows:
            if row.uuid in seen:
                also = "" if seen[row.uuid] == table else f" (also as a {seen[row.uuid]})"
                raise ValidationError(
                    row.label, row.uuid, f"this UUID appears more than once in the file{also}"
                )
            seen[row.uuid] = table
        out[table] = sorted(rows, key=lambda r: r.uuid)
    exported_at = data.get("exported_at") if isinstance(data.get("exported_at"), str) else None
    return Parsed(out, warnings, version, exported_at)
