"""Merging a review pack back into the register it was cut from, with the merge rule.

The pack's own history after its base operation is the official's work; folded into changes
(``merge.changes_from_history``) it is merged field by field against the base. Only what a pack
may change is taken (an action's status, closing date, due date, and new progress notes);
anything else in the file is ignored and said so. A pack from another register, one already
merged, or a file that is no pack is answered in a sentence and changes nothing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from minutier.core import clock
from minutier.core.errors import Conflict, DatabaseProblem
from minutier.services import lookup
from minutier.services.merge import Change, MergeReport, changes_from_history, merge, register_id
from minutier.services.merge.apply import FROZEN_REASON
from minutier.services.packs.edit import action_ref
from minutier.services.packs.info import EDITABLE_ACTION_FIELDS, PackInfo, pack_info
from minutier.store import schema_check
from minutier.store.connection import Store, open_store

MERGED_PREFIX = "merged_pack."


def verify_foreign(path: Path) -> None:
    """Issue 13's schema check of a file from outside, before anything reads it: a pack whose
    structure is not one Minutier made (a trigger, a view) is refused in a sentence."""
    schema_check.verify_file(path)


def read_pack(path: str | os.PathLike[str]) -> tuple[PackInfo, list[Change], int]:
    """The pack's description, the official's permitted changes, and how many were ignored."""
    path = Path(path)
    if not path.exists():
        raise DatabaseProblem(f"{path} does not exist.", path=str(path), hint="choose_another")
    verify_foreign(path)
    pack = open_store(path, readonly=True, migrate=False)
    try:
        info = pack_info(pack)
        if info is None:
            raise Conflict(f"{path.name} is not a review pack; nothing was merged.")
        changes = changes_from_history(pack, info.base_op)
    finally:
        pack.close()
    permitted, ignored = [], 0
    for c in changes:
        if c.table == "action" and c.kind == "update":
            allowed = {k: v for k, v in c.incoming.items() if k in EDITABLE_ACTION_FIELDS}
            ignored += len(c.incoming) - len(allowed)
            if allowed:
                base = {k: c.base.get(k) for k in allowed}
                permitted.append(Change(c.table, c.row_uuid, c.kind, base, allowed, c.who, c.at))
        elif c.table == "action_note" and c.kind == "insert":
            permitted.append(c)
        else:
            ignored += 1
    return info, permitted, ignored


def _merged_marker(store: Store, info: PackInfo) -> dict | None:
    """The record of an earlier merge of this pack that is still in effect (not undone)."""
    text = store.scalar("SELECT value FROM meta WHERE key = ?", (MERGED_PREFIX + info.pack_uuid,))
    if text is None:
        return None
    marker = json.loads(text)
    label = marker.get("label", "")
    undone = store.scalar(
        "SELECT count(DISTINCT op) FROM history WHERE label = ?", ("Undo: " + label,)
    )
    redone = store.scalar(
        "SELECT count(DISTINCT op) FROM history WHERE label = ?", ("Undo: Undo: " + label,)
    )
    return None if undone > redone else marker


def merge_pack(store: Store, path: str | os.PathLike[str], *, dry_run: bool = False) -> MergeReport:
    """Merge the review pack at ``path`` into ``store`` as one undoable operation."""
    path = Path(path)
    info, changes, ignored = read_pack(path)
    if info.origin_register != register_id(store):
        raise Conflict(
            f"{path.name} was cut from another register ({info.origin_name}), not from "
            f"{store.path.name}; nothing was merged."
        )
    earlier = _merged_marker(store, info)
    if earlier is not None:
        raise Conflict(
            f"{path.name} was already merged into {store.path.name} on "
            f"{earlier['at'][:16].replace('T', ' ')} UTC by {earlier['by']}; nothing changed."
        )
    label = f"Merge review pack for {info.owner_name} ({path.name}, {info.pack_uuid[:8]})"

    def mark(op) -> None:
        marker = {"at": clock.utc_timestamp(), "by": store.who, "file": path.name, "label": label}
        op.store.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (MERGED_PREFIX + info.pack_uuid, json.dumps(marker, ensure_ascii=False)),
        )

    report = merge(
        store, changes, label=label, source=path.name, dry_run=dry_run, before_commit=mark
    )
    if ignored:
        report.notices.append(
            f"{ignored} change{'s' if ignored != 1 else ''} in the pack to what a review pack "
            f"cannot edit {'were' if ignored != 1 else 'was'} ignored."
        )
    frozen = [c for c in report.conflicts if c["reason"] == FROZEN_REASON]
    for c in frozen:
        row = store.query_one("SELECT id, meeting_id FROM action WHERE uuid = ?", (c["row_uuid"],))
        if row is None:
            continue
        meeting = lookup.meeting_ref(store, row["meeting_id"]) if row["meeting_id"] else "?"
        since = store.scalar(
            "SELECT 1 FROM history h JOIN minutes_version v ON v.uuid = h.row_uuid "
            "WHERE h.table_name = 'minutes_version' AND h.op > ? AND v.meeting_id = ? "
            "AND v.status = 'approved' LIMIT 1",
            (info.origin_op, row["meeting_id"]),
        )
        when = "were approved after this pack was cut" if since else "are approved"
        what = c["field"].replace("_on", " date").replace("_", " ")
        report.notices.append(
            f"The minutes of {meeting} {when}: the {what} proposed for "
            f"{action_ref(store, row['id'])} was not written and waits as a conflict."
        )
    return report
