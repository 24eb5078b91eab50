"""Reading and saving a committee's house style (one operation, one undo step)."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from minutier.core.house_style import PLAIN, HouseStyle, check
from minutier.store.connection import Store

_COLUMNS = tuple(f.name for f in fields(HouseStyle))


def _has_table(store: Store) -> bool:
    return bool(
        store.scalar(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'house_style'"
        )
    )


def load(store: Store, committee_id: int) -> HouseStyle:
    """The committee's house style, or the plain one."""
    if not _has_table(store):
        return PLAIN
    row = store.query_one(
        f"SELECT {', '.join(_COLUMNS)} FROM house_style WHERE committee_id = ?", (committee_id,)
    )
    if row is None:
        return PLAIN
    values: dict[str, Any] = dict(row)
    values["logo"] = bytes(values["logo"] or b"")
    values["attendance_signatures"] = bool(values["attendance_signatures"])
    return HouseStyle(**values)


def save(store: Store, committee_id: int, style: HouseStyle) -> HouseStyle:
    """Store ``style`` for the committee (checked first; refusals name the field)."""
    check(style)
    values = asdict(style)
    values["logo"] = style.logo or None
    values["attendance_signatures"] = int(style.attendance_signatures)
    current = store.query_one("SELECT id FROM house_style WHERE committee_id = ?", (committee_id,))
    with store.operation("Change house style") as op:
        if current is None:
            op.insert("house_style", {"committee_id": committee_id, **values})
        else:
            op.update("house_style", current["id"], values)
    return load(store, committee_id)
