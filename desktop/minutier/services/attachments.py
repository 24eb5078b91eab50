"""Files attached to a meeting, an agenda item or a decision: kept inside the register, checked.

Each file is stored whole in the register with its name, media type, size and SHA-256, so a
backup, a copy of the file or a JSON export carries it. At most ``MAX_BYTES`` (25 MiB) a file:
the register stays a file people can e-mail and back up. Files of a meeting whose minutes are
approved are frozen with it.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

from minutier.core.errors import Conflict, ValidationError
from minutier.core.minutes_record import AttachedFile
from minutier.services import records
from minutier.store.attachment_schema import MAX_BYTES
from minutier.store.connection import Store

TOO_LARGE = "this file is larger than the 25 MiB an attachment may hold"
NOT_A_FILE = "this is not a file that can be read"
CANNOT_WRITE = "this file could not be written (a folder that does not exist, or no permission)"
OWNERS = ("meeting", "agenda_item", "decision")
_LISTED = "id, uuid, created_at, meeting_id, agenda_item_id, decision_id, position, name, media_type, size, sha256"
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f/\\\\\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)  # bidi: "gpj.exe"


def clean_name(name: str) -> str:
    """The name a file is kept under: NFC, no folders, no control characters, at most 255."""
    base = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    base = _UNSAFE.sub("_", base).strip() or "file"
    if len(base) > 255:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 254 - len(ext)] + dot + ext) if dot and len(ext) < 20 else base[:255]
    return base


def _owner_columns(store: Store, table: str, row_id: int) -> dict[str, Any]:
    if table not in OWNERS:
        raise ValidationError(
            "attach to", table, "files attach to a meeting, an agenda item or a decision"
        )
    row = records.get(store, table, row_id)
    if table == "meeting":
        return {"meeting_id": row_id}
    if table == "agenda_item":
        return {"meeting_id": row["meeting_id"], "agenda_item_id": row_id}
    return {"meeting_id": row["meeting_id"], "decision_id": row_id}


def attach_bytes(
    store: Store, table: str, row_id: int, name: str, data: bytes, media_type: str | None = None
) -> int:
    """Attach ``data`` under ``name`` to a meeting, agenda item or decision; one undoable step."""
    if len(data) > MAX_BYTES:
        raise ValidationError("file", name, TOO_LARGE)
    values = _owner_columns(store, table, row_id)
    kept = clean_name(name)
    guessed = mimetypes.guess_type(kept, strict=False)[0]
    values |= {
        "name": kept,
        "media_type": media_type or guessed or "application/octet-stream",
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "content": data,
        "position": int(
            store.scalar(
                "SELECT coalesce(max(position), 0) + 1 FROM attachment WHERE meeting_id IS ? "
                "AND decision_id IS ?",
                (values.get("meeting_id"), values.get("decision_id")),
            )
        ),
    }
    with store.operation(f"Attach {kept}") as op:
        return op.insert("attachment", values)


def attach_file(store: Store, table: str, row_id: int, path: str | os.PathLike[str]) -> int:
    """Attach the file at ``path`` (read whole; refused above 25 MiB before reading)."""
    source = Path(path)
    try:
        if not source.is_file():
            raise ValidationError("file", str(source), NOT_A_FILE)
        if source.stat().st_size > MAX_BYTES:
            raise ValidationError("file", source.name, TOO_LARGE)
        from minutier.store.connection import refuse_if_held

        refuse_if_held(source)  # reading it here would drop the window's own locks
        data = source.read_bytes()
    except OSError as e:
        raise ValidationError("file", str(source), NOT_A_FILE) from e
    return attach_bytes(store, table, row_id, source.name, data)


def listed(store: Store, table: str, row_id: int) -> list[dict[str, Any]]:
    """The files of a record, without their bytes; a meeting lists its items' and decisions' too."""
    if table == "meeting":
        where = "meeting_id = ? OR decision_id IN (SELECT id FROM decision WHERE meeting_id = ?)"
        params: tuple[Any, ...] = (row_id, row_id)
    elif table in ("agenda_item", "decision"):
        where, params = f"{table}_id = ?", (row_id,)
    else:
        raise ValidationError(
            "record", table, "only meetings, agenda items and decisions have files"
        )
    records.get(store, table, row_id)
    return store.query(
        f"SELECT {_LISTED} FROM attachment WHERE {where} ORDER BY position, id", params
    )


def content(store: Store, attachment_id: int) -> tuple[dict[str, Any], bytes]:
    """An attachment's description and bytes, checked against its SHA-256."""
    row = store.query_one(
        f"SELECT {_LISTED}, content FROM attachment WHERE id = ?", (attachment_id,)
    )
    if row is None:
        records.get(store, "attachment", attachment_id)  # raises NotFound
    assert row is not None
    data = bytes(row.pop("content"))
    if hashlib.sha256(data).hexdigest() != row["sha256"]:
        raise Conflict(f"The file {row['name']} in the register is damaged (its SHA-256 differs).")
    return row, data


def save_copy(store: Store, attachment_id: int, target: str | os.PathLike[str]) -> Path:
    """Write a copy of the attachment to ``target`` (a folder or a file path); returns the path."""
    row, data = content(store, attachment_id)
    path = Path(target)
    if path.is_dir():
        path = path / row["name"]
    try:
        path.write_bytes(data)
    except OSError as e:
        raise ValidationError("file", str(path), CANNOT_WRITE) from e
    return path


def remove(store: Store, attachment_id: int) -> None:
    """Take a file out of the register (refused while its meeting's minutes are approved)."""
    row = records.get(store, "attachment", attachment_id)
    with store.operation(f"Remove attachment {row['name']}") as op:
        op.delete("attachment", attachment_id)


def annex(store: Store, meeting_id: int) -> tuple[AttachedFile, ...]:
    """The meeting's files as the annex of its minutes lists them (item positions, decision numbers)."""
    rows = store.query(
        "SELECT a.name, a.media_type, a.size, a.sha256, i.position AS item, d.number AS decision "
        "FROM attachment a LEFT JOIN agenda_item i ON i.id = a.agenda_item_id "
        "LEFT JOIN decision d ON d.id = a.decision_id "
        "WHERE a.meeting_id = ? OR d.meeting_id = ? ORDER BY a.position, a.id",
        (meeting_id, meeting_id),
    )
    return tuple(AttachedFile(**r) for r in rows)


def digest_rows(store: Store, meeting_id: int) -> list[dict[str, Any]]:
    """What the approval digest covers of the files: their identity and SHA-256, not the bytes."""
    return store.query(
        "SELECT a.uuid, a.name, a.media_type, a.size, a.sha256, i.uuid AS agenda_item, "
        "d.uuid AS decision FROM attachment a LEFT JOIN agenda_item i ON i.id = a.agenda_item_id "
        "LEFT JOIN decision d ON d.id = a.decision_id WHERE a.meeting_id = ? OR d.meeting_id = ? "
        "ORDER BY a.uuid",
        (meeting_id, meeting_id),
    )
