"""Version 2 of the JSON exchange format: its tables, their order, and what each field holds.

The fields of most tables are those of ``minutier.core.fields.SPECS`` (the same rules as typing
them in a form); references become UUIDs under the column name without ``_id``
(``committee_id`` → ``"committee"``). Tables and columns the forms never edit directly (figures,
links to initiatives, minutes versions, a note's timestamp) are described here. A test checks
that this covers every column of the schema, so a new column cannot be silently left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from minutier.core import enums, fields
from minutier.core.fields import Field
from minutier.store.writer import RECORD_TABLES_IN_ORDER

FORMAT = "minutier"
# 2: a record may carry ``base`` (the fields its sender changed since it got it, with their
# values then), which the importer's merge rule needs; version 1 files still import.
VERSION = 2
MIB = 1024 * 1024  # a mebibyte: sizes are said in MiB, the unit the limit is counted in
MAX_FILE_BYTES = 50 * MIB  # refused before reading; a 10 MiB register imports fine

# Parents before children: the store's own order of its record tables.
TABLE_ORDER = RECORD_TABLES_IN_ORDER

# Keys every record carries besides its fields.
IDENTITY_KEYS = ("uuid", "created_at", "updated_at")


@dataclass(frozen=True)
class Column:
    """One field of a record: its key in the file, its column in the database, how to check it."""

    key: str
    column: str
    field: Field

    @property
    def kind(self) -> str:
        return self.field.kind

    @property
    def required(self) -> bool:
        return self.field.required

    @property
    def ref(self) -> str | None:
        return self.field.ref


def _column(f: Field) -> Column:
    key = f.name.removesuffix("_id") if f.kind == "ref" else f.name
    return Column(key, f.name, f)


def _ref(name: str, table: str, *, required: bool = False) -> Field:
    return Field(name, "ref", name.removesuffix("_id"), required=required, ref=table)


# Kinds beyond those of ``fields.Field``: checked by ``rows`` itself.
#   timestamp  UTC ISO 8601 with a Z, as created_at ("2025-02-16T01:00:00.000Z")
#   money      an integer amount in minor units (may be negative)
#   quantity   exact decimal text ("8000", "1.8")
#   currency   ISO 4217 code ("KRW")
#   sha256     64 lowercase hexadecimal digits
#   base64     standard base64 (RFC 4648) of a document's bytes
_EXTRA: dict[str, tuple[Field, ...]] = {
    "note": (Field("recorded_at", "timestamp", "recorded at", required=True),),
    "figure": (
        _ref("announcement_id", "announcement"),
        _ref("decision_id", "decision"),
        _ref("initiative_id", "initiative"),
        Field("position", "int"),
        Field("label", "line"),
        Field("kind", "choice", required=True, choices=enums.FigureKind),
        Field("qualifier", "choice", choices=enums.FigureQualifier),
        Field("quantity", "quantity"),
        Field("unit", "line"),
        Field("amount_minor", "money", "amount (minor units)"),
        Field("currency", "currency"),
        Field("equiv_amount_minor", "money", "equivalent amount (minor units)"),
        Field("equiv_currency", "currency", "equivalent currency"),
    ),
    "decision_initiative": (
        _ref("decision_id", "decision", required=True),
        _ref("initiative_id", "initiative", required=True),
    ),
    "announcement_initiative": (
        _ref("announcement_id", "announcement", required=True),
        _ref("initiative_id", "initiative", required=True),
    ),
    "minutes_version": (
        _ref("meeting_id", "meeting", required=True),
        Field("version", "int", required=True),
        Field("status", "choice", choices=enums.MinutesStatus),
        Field("language", "line"),
        _ref("approved_at_meeting_id", "meeting"),
        Field("approved_on", "date", "approved on"),
        Field("amendment_reason", "text", "reason for the amendment"),
        Field("pdf_sha256", "sha256", "SHA-256 of the PDF"),
        Field("pdf", "base64", "PDF"),
        Field("content_sha256", "sha256", "SHA-256 of the approved content"),
        Field("paper", "line", "paper size"),
        Field("amended_on", "date", "amended on"),
        Field("public_pdf_sha256", "sha256", "SHA-256 of the public edition's PDF"),
        Field("public_pdf", "base64", "public edition's PDF"),
    ),
    "house_style": (
        _ref("committee_id", "committee", required=True),
        Field("issuer_lines", "text", "issuing body"),
        Field("address", "text"),
        Field("logo", "base64", "logo"),
        Field("logo_type", "line", "logo type"),
        Field("accent", "line", "accent colour"),
        Field("typeface", "line"),
        Field("header", "line"),
        Field("footer", "line"),
        Field("paper", "line"),
        Field("chair_term_ko", "line", "Korean chair term"),
        Field("attendance_signatures", "bool", "attendance signatures"),
    ),
    "attachment": (
        _ref("meeting_id", "meeting"),
        _ref("agenda_item_id", "agenda_item"),
        _ref("decision_id", "decision"),
        Field("position", "int"),
        Field("name", "line", required=True),
        Field("media_type", "line", "media type"),
        Field("size", "int", required=True),
        Field("sha256", "sha256", "SHA-256", required=True),
        Field("content", "base64", "content", required=True),
    ),
}
# The PDF bytes (and an attachment's) travel as base64 text under these keys.
_KEY_OVERRIDES = {
    ("minutes_version", "pdf"): "pdf_base64",
    ("minutes_version", "public_pdf"): "public_pdf_base64",
    ("house_style", "logo"): "logo_base64",
    ("attachment", "content"): "content_base64",
}


def _columns(table: str) -> tuple[Column, ...]:
    out = [_column(f) for f in fields.SPECS.get(table, ())]
    for f in _EXTRA.get(table, ()):
        column = _column(f)
        key = _KEY_OVERRIDES.get((table, f.name))
        out.append(Column(key, f.name, f) if key else column)
    return tuple(out)


TABLES: dict[str, tuple[Column, ...]] = {table: _columns(table) for table in TABLE_ORDER}
