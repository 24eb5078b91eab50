"""Commands that move records in and out: export (JSON, CSV, ICS), import (JSON, CSV of actions)."""

from __future__ import annotations

import argparse
from pathlib import Path

from minutier.cli.common import add_db, open_db
from minutier.core.errors import ValidationError
from minutier.store import files


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export every record as JSON, CSV files or an iCalendar file")
    add_db(p)
    p.add_argument(
        "--format", required=True, choices=["json", "csv", "ics"], help="json, csv or ics"
    )
    p.add_argument("--out", required=True, metavar="PATH", help="file to write (a folder for csv)")
    p.add_argument(
        "--owner", metavar="NAME", help="ics only: just this person's or organisation's actions"
    )
    p.add_argument(
        "--public",
        action="store_true",
        help="leave out confidential records (and the internal edition of archived minutes)",
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "import",
        help="import a JSON export, or actions from a CSV file in the format of actions.csv",
    )
    add_db(p)
    p.add_argument(
        "file",
        metavar="FILE",
        help="a .json file written by 'minutier export --format json', or a .csv file of "
        "actions with the columns of the exported actions.csv (all rows or none)",
    )
    p.set_defaults(func=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from minutier.services.exchange import csv_format, ics_format, json_format

    writers = {
        "json": json_format.write_json,
        "csv": csv_format.write_csv,
        "ics": ics_format.write_ics,
    }
    with open_db(args.db) as store:
        if args.owner:
            if args.format != "ics":
                raise ValidationError("--owner", args.owner, "only the ics export takes an owner")
            from minutier.services import lookup

            kind, row = lookup.owner(store, args.owner)
            ics_format.write_ics(store, Path(args.out), owner=(kind, row["id"]), public=args.public)
        else:
            writers[args.format](store, Path(args.out), public=args.public)
    print(f"Exported{' (public records only)' if args.public else ''} to {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from minutier.services.exchange import csv_import, json_format

    source = Path(args.file)
    files.require_regular(source)  # missing, a folder, a named pipe: one sentence, nothing opened
    reader = csv_import if source.suffix.lower() == ".csv" else json_format
    db = Path(args.db)
    if db.exists() or reader is not json_format:
        with open_db(args.db) as store:
            report = reader.import_file(store, source)
    else:
        # A new register is built aside and appears only once the import succeeded: a refused
        # or killed import leaves no empty or half-made file behind (``store.atomic``).
        from minutier.store import atomic

        with atomic.building(db) as tmp, open_db(str(tmp), create=True) as store:
            report = reader.import_file(store, source)
    print(report.summary())
    for line in report.details():  # every warning and conflict in full, never only counted
        print(line)
    if report.conflicts:
        print(f"Settle each conflict with: minutier resolve {args.db} ID --keep register|pack")
    return 0
