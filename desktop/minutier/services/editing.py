"""Saving a record together with the parts it owns, as one operation (nothing half-saved).

A person with the roles they hold; an initiative with its figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from minutier.core import clock, fields
from minutier.core.errors import Conflict
from minutier.core.figures import Figure
from minutier.services import links
from minutier.store.connection import Store


def roles(store: Store, person_id: int) -> list[dict[str, Any]]:
    """The roles a person holds, earliest first."""
    return store.query(
        "SELECT * FROM person_role WHERE person_id = ? ORDER BY start_on IS NULL, start_on, id",
        (person_id,),
    )


def save_person(
    store: Store,
    person_id: int | None,
    values: Mapping[str, Any],
    role_list: Sequence[Mapping[str, Any]],
) -> int:
    """Create or edit a person and make their roles exactly ``role_list``; returns the id.

    A role with an ``id`` is updated, one without is added, and a stored role missing from the
    list is removed. Everything is checked before anything is written.
    """
    today = clock.today()
    person = fields.clean("person", values, today=today, partial=person_id is not None)
    cleaned = []
    for role in role_list:
        row = {k: v for k, v in role.items() if k != "id"}
        row["person_id"] = person_id or 1  # checked as a reference; replaced below
        clean = fields.clean("person_role", row, today=today)
        cleaned.append((role.get("id"), clean))
    label = "Edit person" if person_id else "Add person"
    with store.operation(label) as op:
        if person_id is None:
            person_id = op.insert("person", person)
        else:
            op.update("person", person_id, person)
        kept = {int(i) for i, _ in cleaned if i}
        existing = {r["id"] for r in roles(store, person_id)}
        if kept - existing:
            raise Conflict("A role in the list belongs to someone else; reopen the person.")
        for role_id in existing - kept:
            op.delete("person_role", role_id)
        for role_id, clean in cleaned:
            clean["person_id"] = person_id
            if role_id:
                op.update("person_role", int(role_id), clean)
            else:
                op.insert("person_role", clean)
        return person_id


def save_initiative(
    store: Store, initiative_id: int | None, values: Mapping[str, Any], figures: Sequence[Figure]
) -> int:
    """Create or edit an initiative and make its figures exactly ``figures``; returns the id."""
    clean = fields.clean(
        "initiative", values, today=clock.today(), partial=initiative_id is not None
    )
    with store.operation("Edit initiative" if initiative_id else "Add initiative") as op:
        if initiative_id is None:
            initiative_id = op.insert("initiative", clean)
        else:
            op.update("initiative", initiative_id, clean)
        links.set_figures(op, "initiative", initiative_id, figures)
        return initiative_id
