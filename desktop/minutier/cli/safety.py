"""Commands that look after the file itself: check, backup, backups (the list), restore."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from minutier.cli.common import add_db, add_json, print_json, print_table
from minutier.core.plurals import count
from minutier.store import backup
from minutier.store.integrity import check_file

_RUN_CHECK = re.compile(r",? (?:or|then) run 'minutier check [^']*'(?: for details)?")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="integrity and foreign-key check; exit 0 only when clean")
    add_db(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "backup",
        help="copy DB with SQLite's online backup API (safe while it is open), then check the copy",
    )
    add_db(p)
    p.add_argument(
        "dest",
        metavar="DEST",
        nargs="?",
        help="file or folder to write (default: the backups folder of DB)",
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "backups", help="list the backups of DB, newest first, with their dates and record counts"
    )
    add_db(p)
    add_json(p)
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser(
        "restore",
        help="replace DB by BACKUP (checked first); the current DB is backed up before",
    )
    p.add_argument("backup", metavar="BACKUP", help="the backup file to restore")
    add_db(p)
    p.set_defaults(func=cmd_restore)


def cmd_check(args: argparse.Namespace) -> int:
    report = check_file(args.db)
    for note in report.notes:
        print(f"{args.db}: {note}")
    if report.ok:
        print(f"{args.db}: ok (schema version {report.version})")
        return 0
    name = Path(args.db).name
    for problem in report.problems:
        # the sentences are written for other commands: this one is the check they advise
        problem = _RUN_CHECK.sub("", problem)
        print(problem if name in problem else f"{args.db}: {problem}")
    return 1


def _summary(info: backup.BackupInfo) -> str:
    c = info.counts
    return (
        f"{count(c.get('meeting', 0), 'meeting')}, {count(c.get('decision', 0), 'decision')}, "
        f"{count(c.get('action', 0), 'action')} ({count(info.records, 'record')} in all)"
    )


def _local(when: dt.datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else ""


def cmd_backup(args: argparse.Namespace) -> int:
    info = backup.backup_file(args.db, args.dest)
    print(f"Backed up {args.db} to {info.path}: {_summary(info)}; integrity checked.")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    infos = backup.list_backups(args.db)
    if args.json:
        print_json(
            [
                {
                    "path": str(i.path),
                    "taken_at": i.taken_at.isoformat() if i.taken_at else None,
                    "number": i.number,  # creation order: the list is newest-created first
                    "reason": i.reason,
                    "size": i.size,
                    "schema_version": i.version,
                    "counts": i.counts,
                    "problem": i.problem or None,
                }
                for i in infos
            ]
        )
        return 0
    rows = [
        {
            "when": _local(i.taken_at),
            "reason": i.reason,
            "meetings": i.counts.get("meeting", ""),
            "decisions": i.counts.get("decision", ""),
            "actions": i.counts.get("action", ""),
            "records": i.records if i.ok else i.problem,
            "file": str(i.path),
        }
        for i in infos
    ]
    print_table(
        rows,
        [
            ("when", "taken (local time)", 16),
            ("reason", "why", 16),
            ("meetings", "meetings", 8),
            ("decisions", "decisions", 9),
            ("actions", "actions", 7),
            ("records", "records", 30),
            ("file", "file", 200),
        ],
        empty=f"No backups of {args.db} yet (folder: {backup.folder_for(args.db)}).",
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    result = backup.restore(args.backup, args.db)
    if result.saved is not None:
        print(f"The current {args.db} was backed up first to {result.saved.path}.")
    if result.moved_aside is not None:
        print(f"The current {args.db} could not be read; it was kept as {result.moved_aside}.")
    print(f"Restored {args.db} from {args.backup}: {_summary(result.restored)}.")
    return 0
