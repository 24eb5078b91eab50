"""Commands for files kept inside the register: attach, attachments (list), attachment (save)."""

from __future__ import annotations

import argparse

from minutier.cli.common import add_db, add_json, open_db, print_json, print_table
from minutier.core.errors import ValidationError
from minutier.services import attachments, references

_REF_HELP = "a meeting (CSIIA/3), agenda item (CSIIA/3/2) or decision (CSIIA-D4)"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("attach", help="keep a file (at most 25 MiB) inside the register")
    add_db(p)
    p.add_argument("ref", metavar="REF", help=_REF_HELP)
    p.add_argument("file", metavar="FILE", help="the file to attach")
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("attachments", help="list the files of a meeting, item or decision")
    add_db(p)
    p.add_argument("ref", metavar="REF", help=_REF_HELP)
    add_json(p)
    p.set_defaults(func=cmd_attachments)

    p = sub.add_parser("attachment", help="save a copy of an attached file")
    add_db(p)
    p.add_argument("id", metavar="ID", type=int, help="the attachment's number (see attachments)")
    p.add_argument("--out", required=True, metavar="PATH", help="a folder or a file name")
    p.set_defaults(func=cmd_save)


def _owner(store, ref: str) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    table, row_id = references.resolve(store, ref)
    if table not in attachments.OWNERS:
        raise ValidationError("REF", ref, "files attach to a meeting, an agenda item or a decision")
    return table, row_id


def cmd_attach(args: argparse.Namespace) -> int:
    with open_db(args.db) as store:
        table, row_id = _owner(store, args.ref)
        attached = attachments.attach_file(store, table, row_id, args.file)
        row = store.query_one("SELECT name, size, sha256 FROM attachment WHERE id = ?", (attached,))
    print(f"Attached {row['name']} ({row['size']} bytes, SHA-256 {row['sha256']}) as #{attached}")
    return 0


def cmd_attachments(args: argparse.Namespace) -> int:
    with open_db(args.db) as store:
        rows = attachments.listed(store, *_owner(store, args.ref))
    shown = [
        {k: r[k] for k in ("id", "name", "media_type", "size", "sha256", "created_at")}
        for r in rows
    ]
    if args.json:
        print_json(shown)
        return 0
    print_table(
        shown,
        [("id", "#", 6), ("name", "name", 48), ("size", "bytes", 12), ("sha256", "SHA-256", 64)],
        empty="No files are attached.",
    )
    return 0


def cmd_save(args: argparse.Namespace) -> int:
    with open_db(args.db) as store:
        path = attachments.save_copy(store, args.id, args.out)
    print(f"Saved {path}")
    return 0
