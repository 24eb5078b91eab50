"""One sync round (pull, rebase, push), publishing a register to a hub, cloning one from it.

A round: read the hub's operations after the last one applied here; in one SQLite
transaction, recognise this replica's own operations whose push was cut short (they are on
the hub: marked pushed, never applied twice), set the other unpushed local operations aside
(``rebase``), apply the hub's operations in ``seq`` order with the merge rule, re-apply the
local ones with the same rule (a conflict is kept here, for a person, and that field is not
pushed), and give each unsent operation its UUID. Then push them in one PostgreSQL transaction
that only succeeds if nobody pushed in between (else the round starts again), and record the
result with the numbers the hub gave new meetings, decisions and actions.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from minutier.core import clock
from minutier.services import merge
from minutier.services.sync import hub, rebase, replica, wire
from minutier.store import freeze
from minutier.store.connection import Store, open_store
from minutier.store.writer import RECORD_TABLES_IN_ORDER, columns

MAX_ROUNDS = 40
PAGE = 5000
_BUMP = 1_000_000_000  # numbers are moved out of the way through here when the hub renumbers


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


def _committee_id(store: Store, committee_uuid: Any) -> int | None:
    if committee_uuid is None:
        return None
    return store.scalar("SELECT id FROM committee WHERE uuid = ?", (str(committee_uuid),))


def apply_numbers(store: Store, numbers: dict[str, int]) -> list[tuple[str, str]]:
    """Give records the numbers the hub assigned (an operation never pushed: the hub has them).

    Returns the references changed, as (provisional, final).
    """
    found = []
    renamed = []
    for table in hub.NUMBERED:
        for row_uuid, number in numbers.items():
            row_id = store.scalar(f"SELECT id FROM {table} WHERE uuid = ?", (row_uuid,))
            if row_id is not None:
                found.append((table, row_id, number))
                renamed.append((table, row_uuid, replica.reference(store, table, row_uuid)))
    if not found:
        return []
    freeze.drop_triggers(store.db)
    try:
        with store.operation("Reference numbers given by the hub") as op:
            for table, row_id, _ in found:  # out of the way first: numbers may swap
                store.conn.execute(
                    f"UPDATE {table} SET number = number + ? WHERE id = ?", (_BUMP, row_id)
                )
            for table, row_id, number in found:
                store.conn.execute(
                    f"UPDATE {table} SET number = number - ? WHERE id = ?", (_BUMP, row_id)
                )
                op.update(table, row_id, {"number": number}, keep_updated_at=True)
    finally:
        freeze.create_triggers(store.db)
    if op.op is not None:
        replica.mark(store, op.op, str(uuid.uuid4()), "hub", "hub")
    return [(old or "?", replica.reference(store, t, u) or "?") for t, u, old in renamed]


def _free_number(store: Store, change: merge.Change) -> None:
    """A provisional number already taken here (by a record from the hub): take the next free one."""
    if change.table not in hub.NUMBERED or change.kind != "insert":
        return
    committee = _committee_id(store, change.incoming.get("committee_id"))
    number = change.incoming.get("number")
    if committee is None or number is None:
        return
    taken = store.scalar(
        f"SELECT 1 FROM {change.table} WHERE committee_id = ? AND number = ?", (committee, number)
    )
    if taken:
        change.incoming["number"] = store.scalar(
            f"SELECT coalesce(max(number), 0) + 1 FROM {change.table} WHERE committee_id = ?",
            (committee,),
        )


class _Round:
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
            self.report.renamed += apply_numbers(self.store, current)
            self.report.renumbered.update(current)
            replica.put(self.store, "seq", hop.seq or 0)
            self.report.recovered += 1
            i += 1
        return batch[i:]

    def apply_hub_op(self, hop: hub.HubOp) -> None:
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

    def replay(self, op: int, changes: list[hub.Change], label: str, at: str) -> None:
        """Re-apply a local operation after the hub's, with the rule; the result waits to be pushed."""
        items = []
        for c in changes:
            item = wire.to_merge(c, who=self.store.who, at=at)
            _free_number(self.store, item)
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
        rebase.restore(store, rebase.hub_state(store, mine))
        for hop in rest:
            self.apply_hub_op(hop)
            self.report.pulled += 1
        rebase.set_updated_at(store, self.stamps)
        replica.put(store, "seq", rest[-1].seq or 0)
        for op, changes, label, at in saved:
            self.replay(op, changes, label, at)


Local = Callable[[Callable[[], Any]], Any]


def _direct(fn: Callable[[], Any]) -> Any:
    return fn()


def _prepare(store: Store, url: str | None) -> tuple[str, str | None]:
    url = url or replica.hub_url(store)
    if not url:
        raise hub.HubProblem(
            "This register is not shared through a hub: publish it ('minutier hub publish') "
            "or make it by cloning one ('minutier clone')."
        )
    hub.check_url(url)
    if replica.replica_id(store) is None:
        raise hub.HubProblem(
            "This register was not published to a hub nor cloned from one; "
            "publish it first ('minutier hub publish DB URL')."
        )
    return url, replica.get(store, "hub_id")


def _integrate(
    store: Store, batch: list[hub.HubOp], url: str, report: SyncReport
) -> tuple[list[tuple[int, str]], list[hub.HubOp], int]:
    """Apply what was pulled and queue the unsent; the outbox as (op, UUID) and hub operations."""
    with store.transaction():
        _Round(store, report).integrate(batch)
        replica.queue_unsent(store)
        if replica.hub_url(store) != url:
            replica.put(store, "hub", url)
    outbox = replica.pending(store)
    reader = wire.Reader(store)
    rid = replica.replica_id(store) or ""
    return outbox, [reader.op(op, u, rid) for op, u in outbox], replica.seq(store)


def _record_push(
    store: Store, outbox: list[tuple[int, str]], result: hub.PushResult
) -> list[tuple[str, str]]:
    rid = replica.replica_id(store) or ""
    with store.transaction():
        for (op, u), seq in zip(outbox, result.seqs, strict=True):
            replica.mark(store, op, u, rid, "pushed", seq_=seq)
        renamed = apply_numbers(store, result.numbers)
        replica.put(store, "seq", result.head)
    return renamed


def _finish(store: Store) -> int:
    with store.transaction():
        replica.put(store, "last_sync", clock.utc_timestamp())
    return replica.seq(store)


def sync(
    store: Store,
    url: str | None = None,
    *,
    max_rounds: int = MAX_ROUNDS,
    local: Local = _direct,
) -> SyncReport:
    """Push this register's operations to its hub and pull the others', in one round.

    ``local(fn)`` runs each step that touches the register (the window runs them on its own
    thread while the network waits happen in a worker); by default they run here.
    """
    url, hub_id = local(lambda: _prepare(store, url))
    report = SyncReport()
    with hub.connect(url) as conn:
        hub.require_schema(conn)
        if hub.hub_id(conn) != hub_id:
            raise hub.HubProblem(
                "This hub is not the one this register is shared through; clone from it instead."
            )
        for _ in range(max_rounds):
            report.rounds += 1
            batch = fetch_all(conn, local(lambda: replica.seq(store)))
            outbox, ops, seq = local(partial(_integrate, store, batch, url, report))
            if not outbox:
                break
            rid = ops[0].replica
            try:
                result = hub.push(conn, rid, seq, ops, label=store.path.name)
            except hub.HubBehind:
                time.sleep(random.uniform(0.01, 0.05) * report.rounds)
                continue
            report.renamed += local(partial(_record_push, store, outbox, result))
            report.renumbered.update(result.numbers)
            report.pushed += len(ops)
            break
        else:
            raise hub.HubProblem(
                "Others kept pushing while this register tried to; nothing was lost. "
                "Try again in a moment."
            )
        report.seq = local(lambda: _finish(store))
    return report


def _all_rows(store: Store, reader: wire.Reader) -> list[hub.Change]:
    changes = []
    for table in RECORD_TABLES_IN_ORDER:
        cols = columns(store, table)
        for values in store.conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY id"):
            row = dict(zip(cols, values, strict=True))
            changes.append(hub.Change(table, row["uuid"], "insert", None, reader.row(table, row)))
    return changes


def _counters(store: Store) -> dict[tuple[str, str], int]:
    out = {}
    for table in hub.NUMBERED:
        for committee_uuid, number in store.conn.execute(
            f"SELECT c.uuid, max(t.number) FROM {table} t JOIN committee c ON c.id = t.committee_id "
            "GROUP BY c.uuid"
        ):
            out[(table, committee_uuid)] = int(number)
    return out


def publish(store: Store, url: str) -> int:
    """Make this register the first content of an empty hub; returns the records sent."""
    if replica.replica_id(store) is not None:
        raise hub.HubProblem(
            f"This register is already shared through {hub.display(replica.hub_url(store) or '')}."
        )
    rid = str(uuid.uuid4())
    with hub.connect(url) as conn:
        hub.require_schema(conn)
        if hub.head(conn) != 0:
            raise hub.HubProblem(
                "This hub already holds a register: clone it ('minutier clone') instead."
            )
        reader = wire.Reader(store)
        changes = _all_rows(store, reader)
        op = hub.HubOp(
            op_uuid=str(uuid.uuid4()),
            replica=rid,
            at=clock.utc_timestamp(),
            label=f"Publish {store.path.name}",
            local_who=store.who,
            changes=changes,
        )
        result = hub.push(
            conn,
            rid,
            0,
            [op],
            assign_numbers=False,
            label=store.path.name,
            counters=_counters(store),
        )
        hub_id = hub.hub_id(conn)
    with store.transaction():
        replica.attach(store, url, hub_id, result.head, rid)
        replica.mark(store, None, op.op_uuid, rid, "pushed", seq_=result.head)
        replica.put(store, "last_sync", clock.utc_timestamp())
    return len(changes)


def clone(url: str, path: str | Path, *, who: str | None = None) -> tuple[Store, int]:
    """A new register made from the hub's operations (the caller closes it); and their count."""
    path = Path(path)
    if path.exists():
        raise hub.HubProblem(f"{path} already exists; choose a new file to clone into.")
    with hub.connect(url) as conn:
        hub.require_schema(conn)
        hub_id = hub.hub_id(conn)
        store = open_store(path, create=True, who=who)
        try:
            # A new file: if anything fails it is deleted whole, so no fsync per page is needed.
            store.conn.execute("PRAGMA synchronous = OFF")
            count = 0
            with store.transaction():
                rid = replica.attach(store, url, hub_id, 0)
                report = SyncReport()
                after = 0
                while True:
                    page = hub.fetch(conn, after, limit=PAGE)
                    if not page:
                        break
                    round_ = _Round(store, report)
                    for hop in page:
                        check_op(store, hop)
                        if _exact_insert_only(store, hop):
                            replica.mark(
                                store,
                                None,
                                hop.op_uuid,
                                hop.replica,
                                "hub",
                                seq_=hop.seq,
                                author=hop.author or "",
                            )
                        else:
                            round_.apply_hub_op(hop)
                        count += 1
                    rebase.set_updated_at(store, round_.stamps)
                    after = page[-1].seq or after
                replica.put(store, "seq", after)
                replica.put(
                    store, "base_op", store.scalar("SELECT coalesce(max(op), 0) FROM history")
                )
                replica.put(store, "last_sync", clock.utc_timestamp())
                del rid
            store.conn.execute("PRAGMA synchronous = FULL")
        except BaseException:
            store.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
    return store, count


def _exact_insert_only(store: Store, hop: hub.HubOp) -> bool:
    """Apply an operation made only of new records directly (the published content), fast.

    True if it was applied; False (nothing written) if it holds anything else, which then goes
    through the merge rule like any pulled operation. Rows are inserted table by table with ids
    given here, the search index is rebuilt once at the end and the freeze triggers come back
    after (as ``minutier generate`` does: they tripled the time of a clone).
    """
    if any(c.kind != "insert" for c in hop.changes):
        return False
    if any(
        store.scalar(f"SELECT 1 FROM {c.table} WHERE uuid = ?", (c.row_uuid,))
        for c in hop.changes[:1]
    ):
        return False
    from minutier.services.merge.portable import references
    from minutier.store import search_schema

    conn = store.conn
    conn.execute("PRAGMA defer_foreign_keys = ON")
    ids: dict[str, dict[str, int]] = {}
    next_id: dict[str, int] = {}
    known_columns: dict[str, frozenset[str]] = {}
    batches: dict[tuple[str, tuple[str, ...]], list[list[Any]]] = {}
    for c in hop.changes:
        values = {k: wire.decode_value(v) for k, v in (c.after or {}).items()}
        for column, target in references(store, c.table).items():
            ref = values.get(column)
            if ref is not None:
                known = ids.setdefault(target, {})
                if ref not in known:
                    known[ref] = store.scalar(f"SELECT id FROM {target} WHERE uuid = ?", (ref,))
                values[column] = known[ref]
        if c.table not in next_id:
            next_id[c.table] = store.scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {c.table}")
        row_id = next_id[c.table]
        next_id[c.table] += 1
        ids.setdefault(c.table, {})[c.row_uuid] = row_id
        values["uuid"] = c.row_uuid
        values["id"] = row_id
        if c.table not in known_columns:
            known_columns[c.table] = frozenset(columns(store, c.table))
        cols = tuple(k for k in values if k in known_columns[c.table])
        batches.setdefault((c.table, cols), []).append([values[k] for k in cols])
    freeze.drop_triggers(store.db)
    for k in search_schema.KINDS:
        for suffix in ("ai", "au", "ad"):
            conn.execute(f"DROP TRIGGER IF EXISTS search_{k.table}_{suffix}")
    order = {t: i for i, t in enumerate(RECORD_TABLES_IN_ORDER)}
    for (table, cols), rows in sorted(batches.items(), key=lambda kv: order[kv[0][0]]):
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            rows,
        )
    search_schema.reindex(store.db)
    search_schema.create_triggers(store.db)
    freeze.create_triggers(store.db)
    return True
