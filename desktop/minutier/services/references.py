"""Naming one record on the command line: CSIIA-A4, CSIIA-D2, CSIIA/3, CSIIA/3/2, note:12."""

from __future__ import annotations

import re

from minutier.core.errors import NotFound
from minutier.services import lookup
from minutier.store.connection import Store

_NUMBERED = re.compile(r"(?P<code>[^\s/]+)-(?P<kind>[AaDd])(?P<number>[0-9]+)")
_ITEM = re.compile(r"(?P<meeting>[^\s/]+/[0-9]+)/(?P<position>[0-9]+)")
_BY_ID = re.compile(r"(?P<kind>[a-z_]+)[:#](?P<id>[0-9]+)")
KINDS_BY_ID = {
    "note": "note",
    "announcement": "announcement",
    "action": "action",
    "decision": "decision",
    "meeting": "meeting",
    "agenda": "agenda_item",
    "agenda_item": "agenda_item",
    "item": "agenda_item",
}


def resolve(store: Store, ref: str) -> tuple[str, int]:
    """The (table, id) a reference names; NotFound when none does.

    CODE-A4 is action 4 of the committee CODE, CODE-D2 its decision 2, CODE/3 its meeting 3,
    CODE/3/2 the second agenda item of that meeting; entries without a number of their own are
    named by kind and id (note:12, announcement:5).
    """
    text = ref.strip()
    if match := _NUMBERED.fullmatch(text):
        table = "action" if match["kind"].upper() == "A" else "decision"
        row = store.query_one(
            f"SELECT t.id FROM {table} t JOIN committee c ON c.id = t.committee_id "
            "WHERE c.code = ? COLLATE NOCASE AND t.number = ?",
            (match["code"], int(match["number"])),
        )
        if row is None:
            raise NotFound(table, text)
        return table, row["id"]
    if match := _ITEM.fullmatch(text):
        meeting = lookup.meeting(store, match["meeting"])
        items = store.query(
            "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position, id",
            (meeting["id"],),
        )
        position = int(match["position"])
        if not 1 <= position <= len(items):
            raise NotFound("agenda item", text)
        return "agenda_item", items[position - 1]["id"]
    if "/" in text:
        return "meeting", lookup.meeting(store, text)["id"]
    if (match := _BY_ID.fullmatch(text.lower())) and match["kind"] in KINDS_BY_ID:
        table = KINDS_BY_ID[match["kind"]]
        if store.scalar(f"SELECT count(*) FROM {table} WHERE id = ?", (int(match["id"]),)):
            return table, int(match["id"])
        raise NotFound(table.replace("_", " "), text)
    raise NotFound("record", text)
