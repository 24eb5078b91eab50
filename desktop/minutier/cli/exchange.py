"""Commands that move records in and out: export (JSON, CSV, ICS), import (JSON), check."""

from __future__ import annotations

import argparse
from pathlib import Path

from minutier.cli.common import add_db, open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export every record as JSON, CSV files or an iCalendar file")
    add_db(p)
    p.add_argument(
        "--format", required=True, choices=["json", "csv", "ics"], help="json, csv or ics"
    )
    p.add_argument("--out", required=True, metavar="PATH", help="file to write (a folder for csv)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="import a JSON export (the database is created if missing)")
    add_db(p)
    p.add_argument(
        "file", metavar="FILE.json", help="a file written by 'minutier export --format json'"
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
        writers[args.format](store, Path(args.out))
    print(f"Exported to {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from minutier.services.exchange import json_format

    source = Path(args.file)
    if not source.is_file():
        raise FileNotFoundError(2, "No such file", str(source))
    db = Path(args.db)
    if db.exists():
        with open_db(args.db) as store:
            report = json_format.import_file(store, source)
    else:
        # A new register is built aside and appears only once the import succeeded: a refused
        # or killed import leaves no empty or half-made file behind (``store.atomic``).
        from minutier.store import atomic

        with atomic.building(db) as tmp, open_db(str(tmp), create=True) as store:
            report = json_format.import_file(store, source)
    print(report.summary())
    return 0
