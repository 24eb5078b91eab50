"""Commands that reshape what a meeting recorded: convert an entry to another kind."""

from __future__ import annotations

import argparse

from minutier.cli.common import add_db, open_db
from minutier.core.errors import ValidationError
from minutier.services import convert, references


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "convert",
        help="turn a meeting's note, action, decision or announcement into another kind (undoable)",
    )
    add_db(p)
    p.add_argument("ref", metavar="REF", help="CSIIA-A4, CSIIA-D2, note:12 or announcement:5")
    p.add_argument("--to", required=True, choices=convert.KINDS, help="the new kind")
    p.set_defaults(func=cmd_convert)


def cmd_convert(args: argparse.Namespace) -> int:
    with open_db(args.db) as store:
        table, row_id = references.resolve(store, args.ref)
        if table not in convert.KINDS:
            raise ValidationError(
                "REF", args.ref, "only notes, actions, decisions and announcements convert"
            )
        new_table, new_id = convert.convert(store, table, row_id, args.to)
        new = store.query_one(f"SELECT * FROM {new_table} WHERE id = ?", (new_id,))
        shown = convert.reference(store, new_table, new)
    print(f"{args.ref} is now {shown}")
    return 0
