"""The ``generate`` command: write a large realistic archive to try Minutier at scale."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from minutier.core.errors import ValidationError
from minutier.core.plurals import count


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "generate",
        help="write a realistic archive of many years (for trying scale and the benchmark)",
        description="Write a generated archive: 12 committees and, per year at scale 1, 500 "
        "meetings, 2,500 decisions, 4,000 announcements and 10,000 actions, in French, English "
        "and Korean. The same seed gives the same file.",
    )
    p.add_argument("db", metavar="DB", help="the file to create")
    p.add_argument("--years", type=int, default=20, help="years of history (default 20)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument(
        "--scale", type=float, default=1.0, help="size factor, e.g. 0.01 for a small file"
    )
    p.add_argument(
        "--today",
        metavar="DATE",
        help="the date the archive ends at (ISO, default 2026-12-01; meetings are planned after it)",
    )
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.add_argument("--quiet", action="store_true", help="print only the summary line")
    p.set_defaults(func=cmd_generate)


def cmd_generate(args: argparse.Namespace) -> int:
    from minutier.services import generate

    today = generate.REFERENCE_TODAY
    if args.today:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            raise ValidationError("--today", args.today, "give a date as YYYY-MM-DD") from None

    def progress(line: str) -> None:
        if not args.quiet:
            print(f"  {line}", file=sys.stderr, flush=True)

    report = generate.generate(
        args.db,
        years=args.years,
        seed=args.seed,
        scale=args.scale,
        today=today,
        replace=args.force,
        progress=progress,
    )
    c = report.counts
    kinds = (
        ("committee", "committee"), ("meeting", "meeting"), ("agenda_item", "agenda item"),
        ("announcement", "announcement"), ("decision", "decision"), ("action", "action"),
        ("action_note", "progress note"), ("person", "person"), ("initiative", "initiative"),
    )  # fmt: skip
    counted = ", ".join(count(c[key], word) for key, word in kinds)
    print(f"Generated {report.path} in {report.seconds:.1f} s: {counted}.")
    return 0
