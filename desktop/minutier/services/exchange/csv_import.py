"""Importing actions from a CSV file in the format ``actions.csv`` of the CSV export writes.

A secretariat keeps an action list in a spreadsheet and brings it in: every row is checked
first, and a single problem refuses the whole file, in a sentence naming its row (the header is
row 1) and column. Then all rows are written as one operation (one undo step). A row whose
``uuid`` is in the register updates that action; any other row adds one (numbered next in its
committee unless ``number`` or ``ref`` says otherwise). The apostrophe the export puts before a
cell a spreadsheet would run as a formula is taken off again. Files saved by a French
spreadsheet with ``;`` between cells are read too.
"""

from __future__ import annotations

import csv
import io
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutier.core import clock, fields
from minutier.core.errors import MinutierError, ValidationError
from minutier.services import lookup
from minutier.services.exchange.importer import ImportReport
from minutier.services.exchange.layout import MAX_FILE_BYTES
from minutier.store.connection import Store
from minutier.store.writer import translate_integrity_error

COLUMNS = (
    "ref",
    "committee",
    "number",
    "meeting",
    "text",
    "owner",
    "due_on",
    "status",
    "status_label",  # the export's words beside the codes: read past (the code is what counts)
    "priority",
    "priority_label",
    "closed_on",
    "initiative",
    "decision",
    "last_progress_note",
    "uuid",
)
_REF = re.compile(r"(?P<code>[^\s/]+)-[Aa](?P<number>[0-9]+)")
_DECISION = re.compile(r"(?P<code>[^\s/]+)-[Dd](?P<number>[0-9]+)")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_NOTE = re.compile(r"(?P<on>[0-9]{4}-[0-9]{2}-[0-9]{2}): (?P<text>.+)", re.S)
_NEUTRALISED = re.compile(r"\A'(?=\s*[=+\-@]|[\t\r])")


class RowError(ValidationError):
    """A cell of the file that cannot be imported: names its row and column."""


@dataclass
class _Row:
    number: int  # in the file, the header being row 1
    values: dict[str, Any] = field(default_factory=dict)
    existing: int | None = None  # id of the action the uuid names
    note: tuple[str, str] | None = None


def _fail(row: int, column: str, text: object, reason: str) -> RowError:
    return RowError(f"row {row}, column {column}", text, reason)


def _cell(value: str) -> str:
    """A cell as typed: the export's anti-formula apostrophe removed, spaces trimmed."""
    return _NEUTRALISED.sub("", value, count=1).strip()


def read_rows(text: str) -> tuple[list[str], list[list[str]]]:
    """The header and rows of CSV text (comma, semicolon or tab between cells)."""
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        rows = [r for r in reader]
    except csv.Error as e:
        raise _fail(reader.line_num, "-", "", f"this line is not valid CSV ({e})") from None
    if not rows:
        raise ValidationError("file", "", "the file is empty; it needs the header of actions.csv")
    return [h.strip().lstrip("\ufeff").casefold() for h in rows[0]], rows[1:]


def _check_header(header: list[str]) -> None:
    for index, name in enumerate(header, start=1):
        if name not in COLUMNS:
            raise _fail(
                1,
                name or str(index),
                name,
                "not a column of actions.csv (" + ", ".join(COLUMNS) + ")",
            )
    if len(set(header)) != len(header):
        twice = next(h for h in header if header.count(h) > 1)
        raise _fail(1, twice, twice, "this column appears twice")
    if "text" not in header or not ({"committee", "ref", "uuid"} & set(header)):
        raise _fail(1, "text", "", "the file needs a text column and a committee (or ref) column")


def _resolve(store: Store, row: _Row, cells: dict[str, str], today: Any) -> None:
    n = row.number
    uuid = cells.get("uuid", "").lower()
    if uuid:
        if not _UUID.fullmatch(uuid):
            raise _fail(n, "uuid", uuid, "this is not a UUID")
        found = store.query_one("SELECT id, committee_id FROM action WHERE uuid = ?", (uuid,))
        if found is not None:
            row.existing = found["id"]
        else:
            row.values["uuid"] = uuid
    code, number = cells.get("committee", ""), cells.get("number", "")
    if ref := cells.get("ref", ""):
        match = _REF.fullmatch(ref)
        if match is None:
            raise _fail(n, "ref", ref, "write an action's reference as CODE-A12")
        if code and code.casefold() != match["code"].casefold():
            raise _fail(n, "ref", ref, f"this reference is not of committee {code}")
        code, number = code or match["code"], number or match["number"]
    if row.existing is None:
        if not code:
            raise _fail(n, "committee", "", "a new action needs its committee's code")
        try:
            committee = lookup.committee(store, code)
        except MinutierError as e:
            raise _fail(n, "committee", code, "no committee has this code") from e
        row.values["committee_id"] = committee["id"]
        if number:
            if not number.isdecimal() or int(number) < 1:
                raise _fail(n, "number", number, "this must be a positive whole number")
            taken = store.query_one(
                "SELECT uuid FROM action WHERE committee_id = ? AND number = ?",
                (committee["id"], int(number)),
            )
            if taken is not None:
                raise _fail(
                    n, "number", number, f"{committee['code']}-A{number} is already another action"
                )
            row.values["number"] = int(number)
    for column in ("text", "due_on", "status", "priority", "closed_on"):
        if column not in cells:
            continue
        try:
            value = fields.clean_value(fields.spec("action", column), cells[column], today=today)
        except ValidationError as e:
            raise _fail(n, column, cells[column], e.reason) from None
        if value is not None or row.existing is not None:
            row.values[column] = value
    if row.existing is None and not row.values.get("text"):
        raise _fail(n, "text", "", "an action needs a text")
    _references(store, row, cells)
    if note := cells.get("last_progress_note", ""):
        match = _NOTE.fullmatch(note)
        if match is None:
            raise _fail(n, "last_progress_note", note, "write a progress note as 2025-03-31: text")
        row.note = (match["on"], match["text"].strip())


def _references(store: Store, row: _Row, cells: dict[str, str]) -> None:
    n = row.number
    if "owner" in cells:
        row.values["owner_person_id"] = row.values["owner_organisation_id"] = None
        if cells["owner"]:
            try:
                kind, owner = lookup.owner(store, cells["owner"])
            except MinutierError as e:
                raise _fail(n, "owner", cells["owner"], _reason(e)) from None
            row.values["owner_person_id" if kind == "person" else "owner_organisation_id"] = owner[
                "id"
            ]
    if "meeting" in cells:
        row.values["meeting_id"] = None
        if cells["meeting"]:
            try:
                row.values["meeting_id"] = lookup.meeting(store, cells["meeting"])["id"]
            except MinutierError:
                raise _fail(
                    n, "meeting", cells["meeting"], "no meeting has this reference"
                ) from None
    if "initiative" in cells:
        row.values["initiative_id"] = None
        if cells["initiative"]:
            try:
                row.values["initiative_id"] = lookup.initiative(store, cells["initiative"])["id"]
            except MinutierError as e:
                raise _fail(n, "initiative", cells["initiative"], _reason(e)) from None
    if "decision" in cells:
        row.values["decision_id"] = None
        if cells["decision"]:
            match = _DECISION.fullmatch(cells["decision"])
            found = match and store.query_one(
                "SELECT d.id FROM decision d JOIN committee c ON c.id = d.committee_id "
                "WHERE c.code = ? COLLATE NOCASE AND d.number = ?",
                (match["code"], int(match["number"])),
            )
            if not found:
                raise _fail(
                    n, "decision", cells["decision"], "no decision has this reference (CODE-D3)"
                )
            row.values["decision_id"] = found["id"]


def _reason(error: MinutierError) -> str:
    if error.code == "ambiguous":
        return f"several records have this name ({error.params['choices']}); be more precise"
    return "no record of the register has this name"


def import_text(store: Store, text: str) -> ImportReport:
    """Import the actions of CSV ``text``: all of them, or none (RowError naming the cell)."""
    header, lines = read_rows(text)
    _check_header(header)
    today = clock.today()
    rows = []
    for number, line in enumerate(lines, start=2):
        if not any(cell.strip() for cell in line):
            continue  # a blank line a spreadsheet left at the end
        if len(line) != len(header):
            raise _fail(
                number, "-", "", f"this row has {len(line)} cells; the header has {len(header)}"
            )
        row = _Row(number)
        _resolve(store, row, {h: _cell(v) for h, v in zip(header, line, strict=True)}, today)
        rows.append(row)
    report = ImportReport()
    if not rows:
        return report
    with store.operation(f"Import {len(rows)} actions from CSV") as op:
        for row in rows:
            try:
                _write(op, row, report)
            except sqlite3.IntegrityError as e:
                raise _fail(row.number, "-", "", translate_integrity_error(e).message) from None
            except MinutierError as e:
                raise _fail(row.number, "-", "", str(e)) from None
        report.operation = op.op
    return report


def _write(op: Any, row: _Row, report: ImportReport) -> None:
    store = op.store
    values = dict(row.values)
    if values.get("status") in ("done", "cancelled") and not values.get("closed_on"):
        values["closed_on"] = clock.today().isoformat()
    if row.existing is None:
        if not values.get("number"):
            values["number"] = int(
                store.scalar(
                    "SELECT coalesce(max(number), 0) + 1 FROM action WHERE committee_id = ?",
                    (values["committee_id"],),
                )
            )
        action_id = op.insert("action", values)
        report.inserted["action"] = report.inserted.get("action", 0) + 1
    else:
        action_id = row.existing
        if op.update("action", action_id, values):
            report.updated["action"] = report.updated.get("action", 0) + 1
        else:
            report.unchanged += 1
    if row.note is not None:
        on, text = row.note
        known = store.scalar(
            "SELECT count(*) FROM action_note WHERE action_id = ? AND noted_on = ? AND text = ?",
            (action_id, on, text),
        )
        if not known:
            op.insert(
                "action_note",
                {"action_id": action_id, "noted_on": on, "text": text, "author": store.who},
            )


def import_file(store: Store, path: str | os.PathLike[str]) -> ImportReport:
    """Import ``actions.csv`` (UTF-8, with or without a byte-order mark)."""
    source = Path(path)
    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError("file", source.name, "this file is larger than 50 MB")
        from minutier.store.connection import refuse_if_held

        refuse_if_held(source)  # a register open here: reading it would drop its locks
        raw = source.read_bytes()
    except OSError as e:
        raise ValidationError("file", str(source), "this file cannot be read") from e
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise _fail(line, "-", "", "this file is not UTF-8 text; save it as “CSV UTF-8”") from None
    return import_text(store, text)
