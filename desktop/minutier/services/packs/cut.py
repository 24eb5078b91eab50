"""Cutting a review pack: a new register holding only what one owner needs, and its origin.

The owner's open actions and those closed in the last ``days`` days, with their progress notes
and the meeting, agenda item, decision and initiative each comes from; the committee, people and
organisations these name. Other owners' actions, other meetings' content, minutes versions (and
their PDFs) and sources stay out. The records are written into the pack by the exchange importer
as one operation, whose values are the *base* of every later merge; ``pack.*`` meta entries
record the origin (``info.PackInfo``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from pathlib import Path

from minutier.core import clock
from minutier.core.errors import ValidationError
from minutier.services import lookup
from minutier.services.exchange import json_format
from minutier.services.merge.identity import register_id
from minutier.services.merge.portable import references
from minutier.services.packs.info import PackInfo
from minutier.store.connection import Store, open_store
from minutier.store.writer import RECORD_TABLES_IN_ORDER

# References a pack does not follow (written as null): where a record was published, the series
# a meeting belongs to, and the later decision that replaced one (another meeting's content).
_DROPPED = {
    **{t: {"source_id"} for t in RECORD_TABLES_IN_ORDER},
    "meeting": {"source_id", "series_id"},
    "decision": {"source_id", "superseded_by_id"},
}
_OWNER_TABLES = {"person": "person", "organisation": "organisation"}


def select(store: Store, kind: str, owner_id: int, *, days: int) -> dict[str, set[int]]:
    """Ids, table by table, of what a pack for this owner holds."""
    column = "owner_person_id" if kind == "person" else "owner_organisation_id"
    since = (clock.today() - dt.timedelta(days=days)).isoformat()
    chosen: dict[str, set[int]] = defaultdict(set)
    chosen[kind].add(owner_id)
    chosen["action"] = {
        r[0]
        for r in store.conn.execute(
            f"SELECT id FROM action WHERE {column} = ? AND "
            "(status NOT IN ('done', 'cancelled') OR closed_on >= ?)",
            (owner_id, since),
        )
    }
    chosen["action_note"] = {
        r[0]
        for r in store.conn.execute(
            "SELECT n.id FROM action_note n WHERE n.action_id IN (SELECT value FROM json_each(?))",
            (json_list(chosen["action"]),),
        )
    }
    # Follow references until nothing new: each record's parents are in the pack.
    pending = [(t, i) for t, ids in chosen.items() for i in ids]
    while pending:
        table, row_id = pending.pop()
        refs = {
            c: t for c, t in references(store, table).items() if c not in _DROPPED.get(table, ())
        }
        if not refs:
            continue
        row = store.conn.execute(
            f"SELECT {', '.join(refs)} FROM {table} WHERE id = ?", (row_id,)
        ).fetchone()
        for target, value in zip(refs.values(), row, strict=True):
            if value is not None and value not in chosen[target]:
                chosen[target].add(value)
                pending.append((target, value))
    return dict(chosen)


def owners(store: Store) -> list[tuple[str, int, str, int]]:
    """Who a pack can be cut for: (kind, id, name, open actions), most open actions first."""
    rows = store.conn.execute(
        """
        SELECT 'person', p.id, p.name, count(*) FROM action a JOIN person p ON p.id = a.owner_person_id
        WHERE a.status NOT IN ('done', 'cancelled') GROUP BY p.id
        UNION ALL
        SELECT 'organisation', o.id, o.name, count(*) FROM action a
        JOIN organisation o ON o.id = a.owner_organisation_id
        WHERE a.status NOT IN ('done', 'cancelled') GROUP BY o.id
        ORDER BY 4 DESC, 3
        """
    ).fetchall()
    return [(kind, int(i), name, int(n)) for kind, i, name, n in rows]


def json_list(ids: set[int]) -> str:
    return "[" + ",".join(str(i) for i in sorted(ids)) + "]"


def cut_pack(
    store: Store,
    owner: str | tuple[str, int],
    out: str | os.PathLike[str],
    *,
    days: int = 30,
) -> PackInfo:
    """Write a review pack for ``owner`` to ``out``: a person's or organisation's name, or
    ``("person"|"organisation", id)`` (the window's owner chooser)."""
    if days < 0:
        raise ValidationError("days", days, "the number of days cannot be negative")
    target = Path(out)
    if target.exists():
        raise ValidationError("out", str(target), "this file already exists; choose another name")
    origin = register_id(store)
    if origin is None:
        raise ValidationError(
            "register",
            store.path.name,
            "this register has no identity yet; open it once for writing",
        )
    if isinstance(owner, tuple):
        kind, row = (
            owner[0],
            store.query_one(f"SELECT * FROM {_OWNER_TABLES[owner[0]]} WHERE id = ?", (owner[1],)),
        )
        if row is None:
            raise ValidationError("owner", owner[1], "no such person or organisation")
    else:
        kind, row = lookup.owner(store, owner)
    chosen = select(store, kind, row["id"], days=days)
    data = json_format.export_data(store, only=chosen, drop=_DROPPED, bases=False)
    origin_op = store.scalar("SELECT coalesce(max(op), 0) FROM history")
    partial = target.with_name(f".{target.name}.partial")
    if partial.exists():
        partial.unlink()
    pack = open_store(partial, create=True, who=store.who)
    try:
        report = json_format.import_data(pack, data, label=f"Review pack for {row['name']}")
        info = PackInfo(
            pack_uuid=clock.new_uuid(),
            kind="actions",
            origin_register=origin,
            origin_name=store.path.name,
            origin_op=origin_op,
            base_op=report.operation or 0,
            owner_kind=kind,
            owner_uuid=row["uuid"],
            owner_name=row["name"],
            cut_by=store.who,
            cut_at=clock.utc_timestamp(),
            days=days,
        )
        with pack.transaction():
            pack.conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", info.as_meta().items()
            )
    finally:
        pack.close()
    os.replace(partial, target)
    return info
