"""Publishing a register as a hub's first content, and cloning a new register from a hub."""

from __future__ import annotations

import contextlib
import gc
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from minutier.core import clock
from minutier.services.sync import hub, rebase, replica, wire
from minutier.services.sync.rounds import PAGE, Round, SyncReport, check_op
from minutier.store.connection import Store, open_store
from minutier.store.writer import RECORD_TABLES_IN_ORDER, columns


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


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Hundreds of thousands of rows as dicts, none cyclic: the cycle collector only costs time
    (measured: 12% of a clone of 85,000 records, growing with the size)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def publish(store: Store, url: str) -> int:
    """Make this register the first content of an empty hub; returns the records sent."""
    if replica.replica_id(store) is not None:
        raise hub.HubProblem(
            f"This register is already shared through {hub.display(replica.hub_url(store) or '')}."
        )
    with store.transaction():  # refuses now, before the hub holds anything, if read-only
        pass
    rid = str(uuid.uuid4())
    with hub.connect(url) as conn, _no_cycle_collection():
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
    with hub.connect(url) as conn, _no_cycle_collection():
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
                    round_ = Round(store, report)
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
    with rebase.lifted(store):
        _insert_batches(store, batches)
    return True


def _insert_batches(
    store: Store, batches: dict[tuple[str, tuple[str, ...]], list[list[Any]]]
) -> None:
    from minutier.store import search_schema, timeline_index

    conn = store.conn
    for k in search_schema.KINDS:
        for suffix in ("ai", "au", "ad"):
            conn.execute(f"DROP TRIGGER IF EXISTS search_{k.table}_{suffix}")
    # The timelines' triggers cost a clone ~30%; an operation at least as large as what the
    # timelines already hold (a published register) derives them once instead: geometric, so
    # a clone of many such operations stays linear.
    timed = sum(len(rows) for (t, _), rows in batches.items() if t in timeline_index.SOURCES)
    rebuild = timed >= 1000 and timed >= (
        store.scalar("SELECT coalesce(max(rowid), 0) FROM timeline_entry") or 0
    )
    if rebuild:
        timeline_index.drop_triggers(store.db)
    order = {t: i for i, t in enumerate(RECORD_TABLES_IN_ORDER)}
    for (table, cols), rows in sorted(batches.items(), key=lambda kv: order[kv[0][0]]):
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            rows,
        )
    search_schema.reindex(store.db)
    search_schema.create_triggers(store.db)
    if rebuild:
        timeline_index.rebuild(store.db)
        timeline_index.create_triggers(store.db)
