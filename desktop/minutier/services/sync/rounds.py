"""What a sync round does to the register: recognise, set aside, apply the hub's, re-apply.

See ``engine`` for the round as a whole. ``Round.integrate`` runs inside one SQLite
transaction: own operations at the head of what was pulled were pushed before an interruption
(``recover``: marked pushed, never applied twice); the other unpushed local operations are set
aside (``rebase``); the hub's operations are applied in ``seq`` order with the merge rule; the
local ones are re-applied with the same rule and wait to be pushed (``replay``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from minutier.services import merge
from minutier.services.sync import hub, numbering, rebase, replica, wire
from minutier.store.connection import Store
from minutier.store.writer import RECORD_TABLES_IN_ORDER, columns

PAGE = 5000  # hub operations read at a time


@dataclass
class SyncReport:
    pulled: int = 0  # hub operations applied here
    pushed: int = 0
    recovered: int = 0  # own operations found on the hub after an interrupted push
    rebased: int = 0  # local operations re-applied after others'
    renumbered: dict[str, int] = field(default_factory=dict)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (provisional, final) refs
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    rounds: int = 0
    seq: int = 0

    def lines(self) -> list[str]:
        out = [
            f"Pulled {self.pulled} operation{'s' if self.pulled != 1 else ''} from the hub, "
            f"pushed {self.pushed}; the register is at hub operation {self.seq}."
        ]
        if self.recovered:
            out.append(
                f"{self.recovered} operation(s) pushed before an interruption were recognised."
            )
        if self.rebased:
            out.append(f"{self.rebased} local operation(s) were re-applied after others' changes.")
        if self.renumbered:
            out.append(f"The hub gave {len(self.renumbered)} new record(s) their final number.")
        for old, new in self.renamed:
            out.append(f"  {old} is now {new}.")
        if self.conflicts:
            out.append(
                f"{len(self.conflicts)} conflict(s) wait for a person: see 'minutier conflicts'."
            )
        return out


def check_op(store: Store, hop: hub.HubOp) -> None:
    """Refuse a hub operation this register cannot apply as it is (another program wrote it,
    or a newer Minutier with fields this one does not know): nothing is applied then."""
    for c in hop.changes:
        known = set(columns(store, c.table)) if c.table in RECORD_TABLES_IN_ORDER else None
        values = {**(c.before or {}), **(c.after or {})}
        if (
            known is None
            or c.kind not in ("insert", "update", "delete")
            or not set(values) <= known
            or (c.kind != "delete" and c.after is None)
            or (c.kind != "insert" and c.before is None)
        ):
            raise hub.HubProblem(
                f"The hub holds an operation this Minutier cannot apply (number {hop.seq}, "
                f"{c.table} {c.kind}); it may come from a newer Minutier: update, then sync."
            )


def fetch_all(conn: Any, after: int) -> list[hub.HubOp]:
    ops: list[hub.HubOp] = []
    while True:
        page = hub.fetch(conn, after, limit=PAGE)
        ops += page
        if len(page) < PAGE:
            return ops
        after = page[-1].seq or after


class Round:
    def __init__(self, store: Store, report: SyncReport) -> None:
        self.store = store
        self.report = report
        self.replica = replica.replica_id(store) or ""
        self.stamps: dict[tuple[str, int], str] = {}

    def recover(self, batch: list[hub.HubOp]) -> list[hub.HubOp]:
        """Own operations at the head of the batch were pushed before an interruption."""
        waiting = {u: op for op, u in replica.pending(self.store)}
        i = 0
        while i < len(batch) and batch[i].op_uuid in waiting:
            hop = batch[i]
            op = waiting.pop(hop.op_uuid)
            replica.mark(self.store, op, hop.op_uuid, self.replica, "pushed", seq_=hop.seq)
            numbers = {
                c.row_uuid: int(c.after["number"])
                for c in hop.changes
                if c.kind == "insert" and c.table in hub.NUMBERED and c.after
            }
            current = {
                u: n
                for u, n in numbers.items()
                if any(
                    self.store.scalar(f"SELECT number FROM {t} WHERE uuid = ?", (u,))
                    not in (None, n)
                    for t in hub.NUMBERED
                )
            }
            self.report.renamed += numbering.apply_numbers(self.store, current)
            self.report.renumbered.update(current)
            replica.put(self.store, "seq", hop.seq or 0)
            self.report.recovered += 1
            i += 1
        return batch[i:]

    def apply_hub_op(self, hop: hub.HubOp) -> bool:
        """Apply one hub operation with the rule; False if any of it became a conflict here."""
        changes = [wire.to_merge(c, who=hop.author or "", at=hop.at) for c in hop.changes]
        who = self.store.who
        self.store.who = hop.author or who  # the history shows who made it, not who pulled it
        try:
            result = merge.merge(self.store, changes, label=hop.label, source=f"hub ({hop.author})")
        finally:
            self.store.who = who
        replica.mark(
            self.store,
            result.operation,
            hop.op_uuid,
            hop.replica,
            "hub",
            seq_=hop.seq,
            author=hop.author or "",
        )
        self.report.conflicts += result.conflicts
        if result.operation is not None:
            for table, row_id in self.store.conn.execute(
                "SELECT table_name, row_id FROM history WHERE op = ? AND kind = 'update'",
                (result.operation,),
            ).fetchall():
                self.stamps[(table, row_id)] = hop.at
        return not (result.conflicts or result.waiting)

    def replay(self, op: int, changes: list[hub.Change], label: str, at: str) -> None:
        """Re-apply a local operation after the hub's, with the rule; the result waits to be pushed."""
        items = []
        for c in changes:
            item = wire.to_merge(c, who=self.store.who, at=at)
            numbering.free_number(self.store, item)
            items.append(item)
        result = merge.merge(
            self.store,
            items,
            label=label,
            source="this register's own change, re-applied after the hub's",
        )
        old = self.store.scalar("SELECT op_uuid FROM sync_op WHERE op = ?", (op,))
        replica.mark(self.store, op, old or str(uuid.uuid4()), self.replica, "replaced")
        if result.operation is not None:
            state = "pending" if replica.touches_records(self.store, result.operation) else "local"
            replica.mark(self.store, result.operation, str(uuid.uuid4()), self.replica, state)
        self.report.conflicts += result.conflicts
        self.report.rebased += 1

    def integrate(self, batch: list[hub.HubOp]) -> None:
        for hop in batch:
            check_op(self.store, hop)
        rest = self.recover(batch)
        if not rest:
            return
        store = self.store
        mine = [op for op, _ in replica.pending(store)] + [
            op for op in replica.unsent(store) if replica.touches_records(store, op)
        ]
        reader = wire.Reader(store)
        saved = []
        for op in mine:
            head = store.query_one("SELECT label, at FROM history WHERE op = ? LIMIT 1", (op,))
            assert head is not None
            saved.append((op, reader.changes(op), head["label"], head["at"]))
        mine_changes = [c for _, changes, _, _ in saved for c in changes]
        if mine and _independent(store, mine_changes, rest) and self._apply_alone(rest):
            return
        rebase.restore(store, rebase.hub_state(store, mine))
        for hop in rest:
            self.apply_hub_op(hop)
            self.report.pulled += 1
        rebase.set_updated_at(store, self.stamps)
        replica.put(store, "seq", rest[-1].seq or 0)
        for op, changes, label, at in saved:
            self.replay(op, changes, label, at)

    def _apply_alone(self, rest: list[hub.HubOp]) -> bool:
        """Apply the hub's operations without setting local work aside (they are independent).

        Done in a savepoint: if any of them meets a conflict here after all, everything is
        rolled back and the round sets local work aside as usual (False).
        """
        conflicts, pulled, stamps = (
            len(self.report.conflicts),
            self.report.pulled,
            dict(self.stamps),
        )
        try:
            with self.store.transaction():
                for hop in rest:
                    if not self.apply_hub_op(hop):
                        raise _Dependent
                    self.report.pulled += 1
                rebase.set_updated_at(self.store, self.stamps)
                replica.put(self.store, "seq", rest[-1].seq or 0)
        except _Dependent:
            del self.report.conflicts[conflicts:]
            self.report.pulled, self.stamps = pulled, stamps
            return False
        return True


class _Dependent(Exception):
    """A hub operation met local work after all: set it aside and apply in the hub's order."""


# Tables where two new or changed records can clash without touching the same record
# (a UNIQUE over fields other than the UUID: committee code, numbers, one attendance per
# person, one link per pair).
_UNIQUE_TABLES = frozenset(
    {
        "committee",
        "meeting",
        "decision",
        "action",
        "attendance",
        "decision_initiative",
        "announcement_initiative",
    }
)


def _rows_and_refs(store: Store, changes: list[hub.Change]) -> tuple[set[str], set[str], set[str]]:
    """UUIDs of the records changed, of those referred to, and the UNIQUE-bearing tables written."""
    from minutier.services.merge.portable import references

    rows, refs, tables = set(), set(), set()
    for c in changes:
        rows.add(c.row_uuid)
        if c.table in _UNIQUE_TABLES and c.kind != "delete":
            tables.add(c.table)
        ref_columns = references(store, c.table)
        for values in (c.before or {}, c.after or {}):
            for column in ref_columns:
                if values.get(column) is not None:
                    refs.add(str(values[column]))
    return rows, refs, tables


def _independent(store: Store, mine: list[hub.Change], rest: list[hub.HubOp]) -> bool:
    """Whether the hub's operations cannot meet this replica's unpushed work.

    True when no record is changed on both sides, neither side changes a record the other
    refers to, and they do not both write a table with a UNIQUE rule other than the UUID.
    Then applying the hub's first and the local work after (the hub's order) gives the same
    register as leaving the local work where it is.
    """
    my_rows, my_refs, my_tables = _rows_and_refs(store, mine)
    hub_rows, hub_refs, hub_tables = _rows_and_refs(store, [c for hop in rest for c in hop.changes])
    return not (hub_rows & (my_rows | my_refs) or my_rows & hub_refs or my_tables & hub_tables)
