"""Recording decisions (numbered per committee, with votes) and announcements (with figures)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from minutier.core import clock, fields
from minutier.core.errors import ValidationError
from minutier.core.figures import Figure
from minutier.services import links, records
from minutier.store.connection import Store


def _meeting_context(store: Store, values: dict[str, Any], date_field: str) -> None:
    """Fill committee and date from the meeting when a record is made at one."""
    meeting_id = values.get("meeting_id")
    if meeting_id:
        meeting = records.get(store, "meeting", int(meeting_id))
        values.setdefault("committee_id", meeting["committee_id"])
        values.setdefault(date_field, meeting["starts_at"][:10])
    if values.get("agenda_item_id") and meeting_id:
        item = records.get(store, "agenda_item", int(values["agenda_item_id"]))
        if item["meeting_id"] != int(meeting_id):
            raise ValidationError(
                "agenda item", item["title"], "this item belongs to another meeting"
            )


def record_decision(
    store: Store,
    text: str,
    *,
    initiative_ids: Iterable[int] = (),
    figures: Sequence[Figure] = (),
    votes: tuple[int | None, int | None, int | None] | None = None,
    **values: Any,
) -> int:
    """Record a decision, numbered next in its committee unless ``number`` is given."""
    values = {"text": text, **values}
    _meeting_context(store, values, "decided_on")
    if "committee_id" not in values:
        raise ValidationError("committee", "", "a decision belongs to a committee or a meeting")
    if votes is not None:
        values["votes_for"], values["votes_against"], values["votes_abstain"] = votes
    if not values.get("number"):
        values["number"] = records.next_number(store, "decision", int(values["committee_id"]))
    if values.get("meeting_id") and "position" not in values:
        values["position"] = records.next_position(
            store, "decision", "meeting_id", values["meeting_id"]
        )
    clean = fields.clean("decision", values, today=clock.today())
    with store.operation("Record decision") as op:
        decision_id = op.insert("decision", clean)
        links.set_initiatives(op, "decision", decision_id, initiative_ids)
        links.set_figures(op, "decision", decision_id, figures)
        return decision_id


def record_announcement(
    store: Store,
    text: str,
    *,
    initiative_ids: Iterable[int] = (),
    figures: Sequence[Figure] = (),
    **values: Any,
) -> int:
    """Record an announcement made at a meeting (or on a date outside one), with its figures."""
    values = {"text": text, **values}
    _meeting_context(store, values, "made_on")
    values.pop("committee_id", None)
    if values.get("meeting_id") and "position" not in values:
        values["position"] = records.next_position(
            store, "announcement", "meeting_id", values["meeting_id"]
        )
    clean = fields.clean("announcement", values, today=clock.today())
    if not clean.get("meeting_id") and not clean.get("made_on"):
        raise ValidationError("date", "", "an announcement outside a meeting needs a date")
    with store.operation("Record announcement") as op:
        announcement_id = op.insert("announcement", clean)
        links.set_initiatives(op, "announcement", announcement_id, initiative_ids)
        links.set_figures(op, "announcement", announcement_id, figures)
        return announcement_id


def update_links(
    store: Store,
    owner: str,
    owner_id: int,
    *,
    initiative_ids: Iterable[int] | None = None,
    figures: Sequence[Figure] | None = None,
    values: dict[str, Any] | None = None,
) -> None:
    """Edit a decision or announcement: its fields, initiatives and figures in one step."""
    records.get(store, owner, owner_id)
    clean = fields.clean(owner, values or {}, today=clock.today(), partial=True)
    with store.operation(f"Edit {owner}") as op:
        if clean:
            op.update(owner, owner_id, clean)
        if initiative_ids is not None:
            links.set_initiatives(op, owner, owner_id, initiative_ids)
        if figures is not None:
            links.set_figures(op, owner, owner_id, figures)
