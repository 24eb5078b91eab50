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
from collections.abc import Callable
from functools import partial
from typing import Any

from minutier.core import clock
from minutier.services.sync import hub, numbering, replica, wire
from minutier.services.sync.rounds import Round, SyncReport, fetch_all
from minutier.services.sync.share import clone, publish
from minutier.store.connection import Store

__all__ = ["SyncReport", "clone", "publish", "sync"]

MAX_ROUNDS = 40


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
        Round(store, report).integrate(batch)
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
        renamed = numbering.apply_numbers(store, result.numbers)
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
