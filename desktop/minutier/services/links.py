"""Writing the parts a record owns as a set: its figures and its links to initiatives."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from minutier.core.figures import Figure
from minutier.store.writer import Operation

_LINKS = {
    "decision": ("decision_initiative", "decision_id"),
    "announcement": ("announcement_initiative", "announcement_id"),
}
_FIGURE_OWNER = {
    "announcement": "announcement_id",
    "decision": "decision_id",
    "initiative": "initiative_id",
}


def set_initiatives(
    op: Operation, owner: str, owner_id: int, initiative_ids: Iterable[int]
) -> None:
    """Make ``owner`` (a decision or an announcement) feed exactly these initiatives."""
    table, column = _LINKS[owner]
    wanted = list(dict.fromkeys(int(i) for i in initiative_ids))
    current = {
        r["initiative_id"]: r["id"]
        for r in op.store.query(
            f"SELECT id, initiative_id FROM {table} WHERE {column} = ?", (owner_id,)
        )
    }
    for initiative_id, link_id in current.items():
        if initiative_id not in wanted:
            op.delete(table, link_id)
    for initiative_id in wanted:
        if initiative_id not in current:
            op.insert(table, {column: owner_id, "initiative_id": initiative_id})


def figures_of(op_or_store, owner: str, owner_id: int) -> list[Figure]:
    store = getattr(op_or_store, "store", op_or_store)
    column = _FIGURE_OWNER[owner]
    rows = store.query(
        f"SELECT * FROM figure WHERE {column} = ? ORDER BY position, id", (owner_id,)
    )
    return [Figure.from_row(r) for r in rows]


def set_figures(op: Operation, owner: str, owner_id: int, figures: Sequence[Figure]) -> None:
    """Replace the figures of ``owner`` by ``figures`` (kept in the given order)."""
    column = _FIGURE_OWNER[owner]
    if figures_of(op, owner, owner_id) == list(figures):
        return
    for r in op.store.query(f"SELECT id FROM figure WHERE {column} = ?", (owner_id,)):
        op.delete("figure", r["id"])
    for position, figure in enumerate(figures, start=1):
        op.insert("figure", {**figure.as_row(), column: owner_id, "position": position})
