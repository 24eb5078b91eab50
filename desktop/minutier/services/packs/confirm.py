"""Attendees confirm the draft minutes offline: the confirmation pack, confirming, the count.

``cut_confirmation_pack`` writes a register holding one meeting's draft minutes (its content,
the people and organisations it names, and the draft PDF as a draft minutes version) for one
attendee. In it, ``confirm`` records a confirmation or a comment, on the whole minutes or on
one agenda item; merging the pack back adds them (``merge_back``). ``services.confirmations``
counts them ("confirmed by N of M attendees"), which the approved PDF's approval block prints.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from minutier.core import clock, fields
from minutier.core.errors import Conflict, ValidationError
from minutier.services import lookup
from minutier.services.merge.identity import register_id
from minutier.services.packs import cut
from minutier.services.packs.info import CONFIRMATION, PackInfo, pack_info
from minutier.store.connection import Store

_CONTENT = ("agenda_item", "note", "announcement", "decision", "action", "attendance")
_PRESENT = ("present", "represented")
_COMMENT = fields.Field("text", "text", "comment", required=True)


def _meeting_rows(store: Store, meeting_id: int) -> dict[str, set[int]]:
    chosen: dict[str, set[int]] = {"meeting": {meeting_id}}
    for table in _CONTENT:
        chosen[table] = {
            r[0]
            for r in store.conn.execute(
                f"SELECT id FROM {table} WHERE meeting_id = ?", (meeting_id,)
            )
        }
    ids = cut.json_list
    chosen["figure"] = {
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM figure WHERE announcement_id IN (SELECT value FROM json_each(?)) "
            "OR decision_id IN (SELECT value FROM json_each(?))",
            (ids(chosen["announcement"]), ids(chosen["decision"])),
        )
    }
    for link, owner in (
        ("decision_initiative", "decision"),
        ("announcement_initiative", "announcement"),
    ):
        chosen[link] = {
            r[0]
            for r in store.conn.execute(
                f"SELECT id FROM {link} WHERE {owner}_id IN (SELECT value FROM json_each(?))",
                (ids(chosen[owner]),),
            )
        }
    return chosen


def cut_confirmation_pack(
    store: Store, meeting: str | int, person: str | int, out: str | os.PathLike[str]
) -> PackInfo:
    """Write a confirmation pack of ``meeting``'s draft minutes for the attendee ``person``."""
    from minutier.services import minutes

    target = Path(out)
    if target.exists():
        raise ValidationError("out", str(target), "this file already exists; choose another name")
    m = lookup.meeting(store, meeting)
    ref = lookup.meeting_ref(store, m["id"])
    if m["status"] == "minutes_approved":
        raise Conflict(f"The minutes of {ref} are already approved; there is nothing to confirm.")
    p = lookup.person(store, person)
    attended = store.scalar(
        "SELECT status FROM attendance WHERE meeting_id = ? AND person_id = ?", (m["id"], p["id"])
    )
    if attended not in _PRESENT:
        raise ValidationError(
            "for",
            p["name"],
            f"this person is not recorded as attending {ref}; only attendees confirm",
        )
    origin = register_id(store)
    if origin is None:
        raise ValidationError("register", store.path.name, "this register has no identity yet")
    chosen = cut.closure(store, _meeting_rows(store, m["id"]))
    data = cut.exchange_data(store, chosen)
    pdf = minutes.minutes_pdf(store, m["id"])
    data["records"]["minutes_version"] = [
        {
            "uuid": clock.new_uuid(),
            "meeting": m["uuid"],
            "version": 1
            + (
                store.scalar(
                    "SELECT max(version) FROM minutes_version WHERE meeting_id = ?", (m["id"],)
                )
                or 0
            ),
            "status": "draft",
            "pdf_base64": base64.b64encode(pdf).decode("ascii"),
            "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
        }
    ]
    info = PackInfo(
        pack_uuid=clock.new_uuid(),
        kind=CONFIRMATION,
        origin_register=origin,
        origin_name=store.path.name,
        origin_op=store.scalar("SELECT coalesce(max(op), 0) FROM history"),
        base_op=0,
        owner_kind="person",
        owner_uuid=p["uuid"],
        owner_name=p["name"],
        cut_by=store.who,
        cut_at=clock.utc_timestamp(),
        days=0,
        meeting_uuid=m["uuid"],
    )
    return cut.write_pack(
        store, target, data, info, label=f"Draft minutes of {ref} for {p['name']}"
    )


def confirm(store: Store, *, item: int | None = None, comment: str | None = None) -> int | None:
    """In a confirmation pack: confirm the minutes (or agenda item number ``item``), or, with
    ``comment``, comment on them. One step; returns its history operation."""
    info = pack_info(store)
    if info is None or info.kind != CONFIRMATION:
        raise ValidationError(
            "file", store.path.name, "confirmations are made in a confirmation pack"
        )
    meeting_id = store.scalar("SELECT id FROM meeting WHERE uuid = ?", (info.meeting_uuid,))
    person_id = store.scalar("SELECT id FROM person WHERE uuid = ?", (info.owner_uuid,))
    item_id = None
    if item is not None:
        items = [
            r[0]
            for r in store.conn.execute(
                "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position, id",
                (meeting_id,),
            )
        ]
        if not 1 <= item <= len(items):
            raise ValidationError("item", item, f"the agenda has items 1 to {len(items)}")
        item_id = items[item - 1]
    text = ""
    if comment is not None:
        checked = fields.clean_value(_COMMENT, comment, today=clock.today())  # as any text field
        text = (checked or "").strip()
        if not text:
            raise ValidationError("comment", "", "a comment needs some text")
    values = {
        "meeting_id": meeting_id,
        "agenda_item_id": item_id,
        "person_id": person_id,
        "kind": "comment" if text else "confirm",
        "text": text,
    }
    what = "Comment on" if text else "Confirm"
    with store.operation(f"{what} the draft minutes" + (f", item {item}" if item else "")) as op:
        op.insert("minutes_confirmation", values)
    return op.op
