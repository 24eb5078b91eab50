"""The ``book`` command: a committee's year of minutes bound in one PDF for the paper archive."""

from __future__ import annotations

import argparse

from minutier.cli.common import add_db, open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "book", help="bind a committee's minutes of one year in one PDF (the session book)"
    )
    add_db(p)
    p.add_argument("--committee", required=True, metavar="CODE", help="committee code or name")
    p.add_argument("--year", required=True, type=int, metavar="YYYY", help="the year to bind")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="PDF file to write")
    p.add_argument("--lang", choices=["fr", "en", "ko"], help="language (default: the committee's)")
    p.set_defaults(func=cmd_book)


def cmd_book(args: argparse.Namespace) -> int:
    from minutier.cli.pdf import write_pdf
    from minutier.services import book

    with open_db(args.db) as store:
        data, count = book.session_book(store, args.committee, args.year, lang=args.lang)
    print(
        f"Session book of {args.committee} for {args.year} "
        f"({count} meeting{'s' if count != 1 else ''}) written to "
        f"{args.out} ({write_pdf(args.out, data)})."
    )
    return 0
