"""Commands that look after the file itself: check (and, later, backup and restore)."""

from __future__ import annotations

import argparse

from minutier.cli.common import add_db
from minutier.store.integrity import check_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="integrity and foreign-key check; exit 0 only when clean")
    add_db(p)
    p.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    report = check_file(args.db)
    if report.ok:
        print(f"{args.db}: ok (schema version {report.version})")
        return 0
    for problem in report.problems:
        print(f"{args.db}: {problem}")
    return 1
