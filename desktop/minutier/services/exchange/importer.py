"""Writing checked exchange records into a register: one operation, parents first, by UUID.

A record whose UUID the register already holds is updated (only the fields that differ);
any other is inserted with its UUID and times. Everything happens inside one
``store.operation``, so an import that fails at its last record leaves the register exactly as
it was, and one that succeeds is a single history entry that ``services.history.revert`` undoes.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from minutier.core.errors import Conflict, ValidationError
from minutier.services.exchange import import_rule
from minutier.services.exchange.layout import TABLE_ORDER, TABLES
from minutier.services.exchange.rows import Parsed, Row
from minutier.store.connection import Store
from minutier.store.writer import Operation, columns, translate_integrity_error

_NUMBERED = ("meeting", "decision", "action")
_UNIQUE = re.compile(r"UNIQUE constraint failed: (.+)$")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


@dataclass
class ImportReport:
    """What an import did, table by table; ``operation`` is its history entry (None if no change)."""

    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)
    operation: int | None = None
    # Values the file would have written over newer ones: kept as conflicts (services.merge).
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.inserted.values()) + sum(self.updated.values()) + self.unchanged

    def summary(self) -> str:
        """One English sentence for the command line and the window's status bar."""
        added, updated = sum(self.inserted.values()), sum(self.updated.values())
        if self.total == 0:
            text = "The file held no records, so nothing was imported"
        elif added + updated == 0:
            text = (
                f"Nothing changed: the register already held all {_plural(self.total, 'record')} "
                "of the file"
            )
        else:
            text = (
                f"Imported {_plural(self.total, 'record')}: {added} added, {updated} updated, "
                f"{self.unchanged} unchanged"
            )
        notes = []
        if self.conflicts:
            notes.append(f"{_plural(len(self.conflicts), 'conflict')} waiting for a decision")
        if self.warnings:
            notes.append(_plural(len(self.warnings), "warning"))
        if notes:
            text += f" ({', '.join(notes)})"
        return text + "."

    def details(self) -> list[str]:
        """Every warning and every conflict, each as a full sentence (the CLI prints them all)."""
        lines = list(self.warnings)
        for c in self.conflicts:
            what = c.get("record") or f"{c['table_name'].replace('_', ' ')} {c['row_uuid']}"
            lines.append(
                f"Conflict {c['id']}: {what} ({c['row_uuid']}), field {c['field']}, was kept at "
                f"{c['register']!r}, not replaced by the file's {c['incoming']!r}: {c['reason']}."
            )
        return lines


def _table_ids(store: Store, table: str) -> dict[str, int]:
    return {uuid: row_id for row_id, uuid in store.conn.execute(f"SELECT id, uuid FROM {table}")}


def _check_references(parsed: Parsed, ids: dict[str, dict[str, int]]) -> None:
    """Every reference names a record of the right kind, in the file or in the register."""
    in_file = {table: {r.uuid for r in rows} for table, rows in parsed.rows.items()}
    for table in TABLE_ORDER:
        columns = {c.column: c for c in TABLES[table]}
        for row in parsed.rows[table]:
            for column, target_uuid in row.refs.items():
                if target_uuid is None:
                    continue
                target = columns[column].ref
                assert target is not None
                if target_uuid not in in_file[target] and target_uuid not in ids[target]:
                    raise ValidationError(
                        f"{row.label}, field {columns[column].key}",
                        target_uuid,
                        f"no {target.replace('_', ' ')} has this UUID, "
                        "neither in the file nor in the register",
                    )


def _conflict(op: Operation, row: Row, values: dict[str, Any], e: sqlite3.Error) -> Conflict:
    """A sentence naming the record, and for a taken number or code, who holds it."""
    store, table = op.store, row.table
    text = str(e)
    holder = None
    if table in _NUMBERED and f"{table}.number" in text:
        holder = store.query_one(
            f"SELECT t.uuid, c.code FROM {table} t JOIN committee c ON c.id = t.committee_id "
            "WHERE t.committee_id = ? AND t.number = ? AND t.uuid <> ?",
            (values.get("committee_id"), values.get("number"), row.uuid),
        )
        if holder:
            return Conflict(
                f"Cannot import {row.label}: {table} number {values.get('number')} of committee "
                f"{holder['code']} is already held by another {table} ({holder['uuid']})."
            )
    if table == "committee" and "committee.code" in text:
        holder = store.query_one(
            "SELECT uuid FROM committee WHERE code = ? AND uuid <> ?",
            (values.get("code"), row.uuid),
        )
        if holder:
            return Conflict(
                f"Cannot import {row.label}: the code {values.get('code')} is already used by "
                f"another committee ({holder['uuid']})."
            )
    unique = _UNIQUE.search(text)
    if unique:
        names = [c.strip().partition(".")[2] for c in unique[1].split(",")]
        if names and all(n in values and n in columns(store, table) for n in names):
            holder = store.query_one(
                f"SELECT uuid FROM {table} WHERE "
                + " AND ".join(f"{n} IS ?" for n in names)
                + " AND uuid <> ?",
                (*(values[n] for n in names), row.uuid),
            )
        if holder:
            fields_text = " and ".join(n.removesuffix("_id") for n in names)
            return Conflict(
                f"Cannot import {row.label}: another {table} ({holder['uuid']}) already has "
                f"the same {fields_text}."
            )
    sentence = " ".join(str(translate_integrity_error(e)).split())  # SQL text spans lines
    return Conflict(f"Cannot import {row.label}: {sentence}")


class _Writer:
    def __init__(self, op: Operation, report: ImportReport, parsed: Parsed, source: str) -> None:
        self.op = op
        self.report = report
        self.source = source
        self.file_time = parsed.exported_at
        self.ids = {table: _table_ids(op.store, table) for table in TABLE_ORDER}
        self.changed: dict[str, str] = {}  # uuid → "inserted" | "updated" | "unchanged"

    def table(self, table: str, rows: list[Row]) -> None:
        ref_table = {c.column: c.ref for c in TABLES[table] if c.ref}
        deferred: list[tuple[Row, str, str]] = []
        for row in rows:
            values = dict(row.values)
            for column, target_uuid in row.refs.items():
                if target_uuid is None:
                    values[column] = None
                    continue
                target_id = self.ids[ref_table[column]].get(target_uuid)
                if target_id is None:  # a record of this same table, further down the file
                    deferred.append((row, column, target_uuid))
                    continue
                values[column] = target_id
            self.write(row, values)
        for row, column, target_uuid in deferred:
            values = {column: self.ids[row.table][target_uuid]}
            self.update(row, self.ids[row.table][row.uuid], values)
        for row in rows:
            outcome = self.changed[row.uuid]
            if outcome == "unchanged":
                self.report.unchanged += 1
            else:
                counts = self.report.inserted if outcome == "inserted" else self.report.updated
                counts[row.table] = counts.get(row.table, 0) + 1

    def write(self, row: Row, values: dict[str, Any]) -> None:
        existing = self.ids[row.table].get(row.uuid)
        if existing is not None:
            self.changed[row.uuid] = "unchanged"
            current = self.op.get(row.table, existing)
            assert current is not None
            values, found = import_rule.filter_values(
                self.op,
                row,
                current,
                values,
                source=self.source,
                file_time=row.updated_at or self.file_time,
            )
            self.report.conflicts.extend(found)
            self.update(row, existing, values)
            return
        new = {**values, "uuid": row.uuid}
        if row.created_at:
            new["created_at"] = row.created_at
        if row.updated_at:
            new["updated_at"] = row.updated_at
        try:
            self.ids[row.table][row.uuid] = self.op.insert(row.table, new)
        except sqlite3.IntegrityError as e:
            raise _conflict(self.op, row, values, e) from e
        except ValidationError as e:
            raise ValidationError(
                f"{row.label}, field {e.field}", e.params["text"], e.reason
            ) from e
        self.changed[row.uuid] = "inserted"

    def update(self, row: Row, row_id: int, values: dict[str, Any]) -> None:
        before = self.op.get(row.table, row_id)
        assert before is not None
        try:
            changed = self.op.update(
                row.table, row_id, values, keep_updated_at=row.updated_at is not None
            )
        except sqlite3.IntegrityError as e:
            raise _conflict(self.op, row, {**before, **values}, e) from e
        except ValidationError as e:  # a loop of parents (store.cycles): name the record
            raise ValidationError(
                f"{row.label}, field {e.field}", e.params["text"], e.reason
            ) from e
        if not changed:
            return
        if self.changed[row.uuid] == "unchanged":
            self.changed[row.uuid] = "updated"
        if row.updated_at is None or before["updated_at"] >= row.updated_at:
            return
        # The file's time travels with its content (the history still says when it came in).
        self.op.store.conn.execute(
            f"UPDATE {row.table} SET updated_at = ? WHERE id = ?", (row.updated_at, row_id)
        )


def apply(store: Store, parsed: Parsed, *, label: str, source: str = "") -> ImportReport:
    """Write every checked record in one operation; raise (changing nothing) on any refusal.

    A value that would replace a newer one of the register is kept as a conflict instead
    (``import_rule``), named after ``source`` (the file's name).
    """
    report = ImportReport(warnings=list(parsed.warnings))
    with store.operation(label) as op:
        writer = _Writer(op, report, parsed, source or label)
        _check_references(parsed, writer.ids)
        for table in TABLE_ORDER:
            writer.table(table, parsed.rows[table])
    report.operation = op.op
    return report
