"""Applying another copy's changes to a register with the three-way rule, in one operation.

Each change is applied in its own savepoint: a write the register refuses (approved minutes,
a rule of the schema, a record it no longer holds) becomes a conflict instead of failing the
whole merge. Fields the rule takes are written; fields both sides changed differently are kept
as conflicts (``conflicts.record``) and the register keeps its value meanwhile.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from minutier.core.errors import FrozenRecord
from minutier.services.merge import conflicts
from minutier.services.merge.changes import Change
from minutier.services.merge.portable import IDENTITY, Resolver, mergeable
from minutier.services.merge.rule import decide
from minutier.store.connection import Store
from minutier.store.writer import Operation, translate_integrity_error

FROZEN_REASON = "the minutes of this meeting are approved"


@dataclass
class MergeReport:
    """What a merge did; ``operation`` is its history entry (None if nothing was written)."""

    inserted: int = 0
    updated: int = 0  # records with at least one field taken
    deleted: int = 0
    fields_taken: int = 0
    unchanged: int = 0  # changes the register already held
    conflicts: list[dict[str, Any]] = field(default_factory=list)  # created by this merge
    waiting: int = 0  # conflicts that were already waiting (same field, same value)
    notices: list[str] = field(default_factory=list)
    operation: int | None = None
    dry_run: bool = False

    def summary(self) -> str:
        """One English sentence for the command line and the status bar."""
        verb = "Would merge" if self.dry_run else "Merged"
        text = (
            f"{verb}: {self.inserted} added, {self.updated} updated "
            f"({self.fields_taken} field{'s' if self.fields_taken != 1 else ''}), "
            f"{self.deleted} deleted, {self.unchanged} already in the register, "
            f"{len(self.conflicts)} conflict{'s' if len(self.conflicts) != 1 else ''}"
        )
        if self.waiting:
            text += f" ({self.waiting} already waiting)"
        return text + "."

    def to_json(self) -> dict[str, Any]:
        return {
            "inserted": self.inserted,
            "updated": self.updated,
            "deleted": self.deleted,
            "fields_taken": self.fields_taken,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
            "waiting": self.waiting,
            "notices": self.notices,
            "operation": self.operation,
            "dry_run": self.dry_run,
        }


class _DryRun(Exception):
    """Raised inside the operation to roll a dry run back."""


def _reason(e: BaseException) -> str:
    if isinstance(e, sqlite3.Error):
        e = translate_integrity_error(e)
    if isinstance(e, FrozenRecord):
        return FROZEN_REASON
    return " ".join(str(e).split())


class _Merger:
    def __init__(self, op: Operation, source: str, report: MergeReport) -> None:
        self.op, self.source, self.report = op, source, report
        self.resolver = Resolver(op.store)

    def conflict(self, change: Change, field_name: str | None, **values: Any) -> None:
        row = conflicts.record(self.op, self.source, change, field_name, **values)
        if row is None:
            self.report.waiting += 1
        else:
            self.report.conflicts.append(row)

    def attempt(self, write: Any) -> BaseException | None:
        """Run one write in a savepoint; return the refusal instead of raising it."""
        try:
            with self.op.store.transaction():
                write()
        except (sqlite3.Error, FrozenRecord) as e:
            return e
        return None

    def apply(self, change: Change) -> None:
        getattr(self, change.kind)(change)

    def insert(self, change: Change) -> None:
        r = self.resolver
        if r.row(change.table, change.row_uuid) is not None:
            self.report.unchanged += 1  # already added (by an earlier merge of the same change)
            return
        values, missing = r.to_local(change.table, change.incoming)
        if missing:
            self.conflict(
                change,
                None,
                incoming=change.incoming,
                reason=f"it refers to a record the register no longer holds ({', '.join(missing)})",
            )
            return
        row = {**values, "uuid": change.row_uuid}
        if change.created_at:
            row["created_at"] = change.created_at
        refused = self.attempt(lambda: self.op.insert(change.table, row))
        r.forget(change.table, change.row_uuid)
        if refused is not None:
            self.conflict(change, None, incoming=change.incoming, reason=_reason(refused))
        else:
            self.report.inserted += 1

    def update(self, change: Change) -> None:
        r = self.resolver
        row = r.row(change.table, change.row_uuid)
        if row is None:
            self.conflict(
                change,
                None,
                base=change.base,
                incoming=change.incoming,
                reason="the register deleted this record",
            )
            return
        current = r.to_portable(change.table, row)
        # A document's bytes travel only where the sender had them (the hub carries approved
        # PDFs); a pack's or file's changes never hold them, so nothing changes for those.
        known = set(mergeable(self.op.store, change.table)) | {
            k for k, v in change.incoming.items() if isinstance(v, bytes)
        }
        take: dict[str, Any] = {}
        for name, incoming in change.incoming.items():
            if name not in known:
                continue
            outcome = decide(change.base.get(name), current[name], incoming)
            if outcome == "same":
                continue
            if outcome == "take":
                take[name] = incoming
            else:
                self.conflict(
                    change,
                    name,
                    base=change.base.get(name),
                    register=current[name],
                    incoming=incoming,
                    reason="both sides changed it",
                )
        if not take:
            if not any(c["row_uuid"] == change.row_uuid for c in self.report.conflicts):
                self.report.unchanged += 1
            return
        local, missing = r.to_local(change.table, take)
        for name in missing:
            self.conflict(
                change,
                name,
                base=change.base.get(name),
                register=current[name],
                incoming=take.pop(name),
                reason="it refers to a record the register no longer holds",
            )
            local.pop(name)
        if not local:
            return
        refused = self.attempt(lambda: self.op.update(change.table, row["id"], local))
        if refused is None:
            self.report.updated += 1
            self.report.fields_taken += len(local)
            return
        # Refused as a whole (approved minutes freeze some fields only): field by field.
        taken = 0
        for name, value in local.items():
            one = {name: value}
            refused = self.attempt(lambda one=one: self.op.update(change.table, row["id"], one))
            if refused is None:
                taken += 1
                continue
            self.conflict(
                change,
                name,
                base=change.base.get(name),
                register=current[name],
                incoming=take[name],
                reason=_reason(refused),
            )
        if taken:
            self.report.updated += 1
            self.report.fields_taken += taken

    def delete(self, change: Change) -> None:
        r = self.resolver
        row = r.row(change.table, change.row_uuid)
        if row is None:
            self.report.unchanged += 1  # already gone
            return
        current = r.to_portable(change.table, row)
        changed = sorted(
            k
            for k, v in change.base.items()
            if k not in IDENTITY and k in current and current[k] != v
        )
        if changed:
            self.conflict(
                change,
                None,
                base=change.base,
                register={k: current[k] for k in change.base if k in current},
                reason=f"the register changed it since ({', '.join(changed)})",
            )
            return
        refused = self.attempt(lambda: self.op.delete(change.table, row["id"]))
        r.forget(change.table, change.row_uuid)
        if refused is not None:
            self.conflict(change, None, base=change.base, register=current, reason=_reason(refused))
        else:
            self.report.deleted += 1


def merge(
    store: Store,
    changes: Iterable[Change],
    *,
    label: str,
    source: str,
    dry_run: bool = False,
    before_commit: Any = None,
) -> MergeReport:
    """Apply ``changes`` with the three-way rule as one operation named ``label``.

    ``source`` names where the changes came from (a pack's file name, an import file, a hub)
    and is kept with each conflict. With ``dry_run`` everything is rolled back and the report
    says what would have happened. ``before_commit(op)``, if given, runs last inside the same
    operation (a pack merge records there that it was merged).
    """
    report = MergeReport(dry_run=dry_run)
    try:
        with store.operation(label) as op:
            merger = _Merger(op, source, report)
            for change in changes:
                merger.apply(change)
            if before_commit is not None:
                before_commit(op)
            if dry_run:
                raise _DryRun
    except _DryRun:
        return report
    report.operation = op.op
    return report
