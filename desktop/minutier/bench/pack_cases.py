"""Review packs on the archive: cutting one for the busiest owner, merging it back with 200 edits."""

from __future__ import annotations

import itertools

from minutier.bench.context import OPEN_SQL, Bench
from minutier.bench.timing import Case, clock_ms
from minutier.store.connection import Store, open_store

EDITS = 200


def _busiest_owner(store: Store) -> int:
    return store.scalar(
        f"SELECT owner_person_id FROM action WHERE status IN {OPEN_SQL} "
        "AND owner_person_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"
    )


def _register(b: Bench) -> Store:
    return open_store(b.writable_copy(), who="benchmark")


def pack_cut(b: Bench) -> Case:
    """Cut a review pack (a new register file) for the owner with the most open actions."""
    from minutier.services.packs.cut import cut_pack

    store = _register(b)
    try:
        owner = _busiest_owner(store)
        rounds = max(3, min(b.repeat, 10))
        samples, sizes, actions = [], [], 0
        for i in range(rounds + 1):
            out = b.workdir / f"cut-{i}.minutier"
            ms = clock_ms(cut_pack, store, ("person", owner), out)
            if i:  # the first round warms the caches
                samples.append(ms)
            sizes.append(out.stat().st_size)
            if not actions:
                with open_store(out, readonly=True) as pack:
                    actions = pack.scalar("SELECT count(*) FROM action")
    finally:
        store.close()
    return Case.from_samples(
        "review pack: cut for the busiest owner",
        samples,
        [],
        target_ratio=None,
        target_ms=1000.0,
        measured=f"services.packs.cut.cut_pack: {actions} actions with their context",
        baseline="(none: no bare equivalent)",
        pack_bytes=sizes[-1],
        actions=actions,
    )


def pack_merge(b: Bench) -> Case:
    """Merge back a pack with 200 edits (status changes and progress notes), 10 of which the
    register also changed (conflicts); undone between rounds, not timed."""
    from minutier.services import history
    from minutier.services.packs.cut import cut_pack
    from minutier.services.packs.edit import edit_action
    from minutier.services.packs.merge_back import merge_pack

    store = _register(b)
    try:
        owner = _busiest_owner(store)
        path = b.workdir / "merge.minutier"
        cut_pack(store, ("person", owner), path)
        with open_store(path, who="official") as pack:
            ids = [r[0] for r in pack.conn.execute("SELECT id FROM action ORDER BY id")]
            for n, action_id in zip(range(EDITS), itertools.cycle(ids), strict=False):
                if n % 2:
                    edit_action(pack, action_id, note=f"Point d'étape n° {n} — 진행 상황")
                else:
                    edit_action(pack, action_id, status="blocked" if n % 4 else "in_progress")
            touched = [
                r[0] for r in pack.conn.execute("SELECT uuid FROM action ORDER BY id LIMIT 10")
            ]
        with store.operation("Register-side edits") as op:
            for uuid in touched:
                row_id = store.scalar("SELECT id FROM action WHERE uuid = ?", (uuid,))
                op.update("action", row_id, {"status": "cancelled"})
        rounds = max(3, min(b.repeat, 10))
        samples, conflicts = [], 0
        for i in range(rounds + 1):
            report = None

            def once() -> None:
                nonlocal report
                report = merge_pack(store, path)

            ms = clock_ms(once)
            assert report is not None
            conflicts = len(report.conflicts)
            history.revert(store, report.operation)
            if i:
                samples.append(ms)
    finally:
        store.close()
    return Case.from_samples(
        f"review pack: merge back {EDITS} edits",
        samples,
        [],
        target_ratio=None,
        target_ms=1000.0,
        measured="services.packs.merge_back.merge_pack (one operation, conflicts recorded)",
        baseline="(none: no bare equivalent)",
        conflicts=conflicts,
        edits=EDITS,
    )
