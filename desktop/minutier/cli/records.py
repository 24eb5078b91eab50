"""Commands that create the demo and list or search records: demo, meetings, actions, decisions, search."""

from __future__ import annotations

import argparse
from pathlib import Path

from minutier.cli.args import add_free_text, in_range
from minutier.cli.common import add_db, add_json, open_db, print_json, print_table
from minutier.core import clock
from minutier.core.errors import MinutierError, ValidationError
from minutier.services import lookup
from minutier.store import queries, search


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="write the demo database (the seed meeting)")
    p.add_argument("path", metavar="PATH", help="file to create")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("meetings", help="list meetings, latest first")
    add_db(p)
    p.add_argument("--committee", metavar="CODE", help="only this committee (code or name)")
    add_json(p)
    p.set_defaults(func=cmd_meetings)

    p = sub.add_parser("actions", help="list actions (open and closed), filtered")
    add_db(p)
    p.add_argument("--owner", metavar="NAME", help="person or organisation owning the action")
    p.add_argument(
        "--status",
        metavar="S",
        action="append",
        choices=["open", "in_progress", "done", "cancelled", "blocked"],
        help="status (repeat for several): open, in_progress, done, cancelled, blocked",
    )
    p.add_argument("--overdue", action="store_true", help="only open actions past their due date")
    p.add_argument(
        "--due-before", metavar="DATE", help="due on or before (e.g. 2025-03-31, fin mars)"
    )
    p.add_argument("--committee", metavar="CODE", help="only this committee")
    p.add_argument("--initiative", metavar="X", help="only actions of this initiative")
    add_json(p)
    p.set_defaults(func=cmd_actions)

    p = sub.add_parser("decisions", help="list decisions, latest first")
    add_db(p)
    p.add_argument("--initiative", metavar="X", help="only decisions feeding this initiative")
    add_json(p)
    p.set_defaults(func=cmd_decisions)

    p = sub.add_parser("search", help="full-text search (accents, case and spacing ignored)")
    add_db(p)
    add_free_text(p, "query", metavar="QUERY", help='words to find; "quotes" keep a phrase')
    p.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")
    add_json(p)
    p.set_defaults(func=cmd_search)


def cmd_demo(args: argparse.Namespace) -> int:
    from minutier.services.demo import build_demo

    path = Path(args.path)
    if path.is_dir():  # --force would not help: a folder is never replaced
        raise MinutierError(
            f"{path} is a folder; give the name of the file to create, "
            f"such as {path / 'demo.minutier'}."
        )
    if path.exists() and not args.force:
        raise MinutierError(f"{path} already exists; add --force to replace it.")
    build_demo(path, replace=args.force)
    print(f"Demo database written to {path}")
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    with open_db(args.db) as store:
        committee_id = lookup.committee(store, args.committee)["id"] if args.committee else None
        rows = queries.meetings(store, committee_id=committee_id)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        r["ref"] = f"{r['committee_code']}/{r['number']}"
        r["when"] = r["starts_at"].replace("T", " ")
    print_table(
        rows,
        [
            ("ref", "Meeting", 14),
            ("when", "Starts", 16),
            ("status", "Status", 16),
            ("title", "Title", 50),
            ("decisions", "Dec.", 4),
            ("actions", "Act.", 4),
        ],
        empty="No meetings.",
    )
    return 0


def cmd_actions(args: argparse.Namespace) -> int:
    today = clock.today()
    with open_db(args.db) as store:
        flt = queries.ActionFilter(today=today, overdue=args.overdue)
        if args.owner:
            kind, row = lookup.owner(store, args.owner)
            if kind == "person":
                flt.owner_person_id = row["id"]
            else:
                flt.owner_organisation_id = row["id"]
        if args.status:
            flt.statuses = tuple(args.status)
        if args.due_before:
            from minutier.core import dates  # dateutil's parser: only when a date is typed

            flt.due_before = dates.parse_due_date(
                args.due_before, today=today, field="--due-before"
            ).isoformat()
        if args.committee:
            flt.committee_id = lookup.committee(store, args.committee)["id"]
        if args.initiative:
            flt.initiative_id = lookup.initiative(store, args.initiative)["id"]
        rows = queries.actions(store, flt, sort="due")
    for r in rows:
        r["overdue"] = queries.is_overdue(r, today)
        r["ref"] = f"{r['committee_code']}-A{r['number']}"
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        r["due"] = (r["due_on"] or "") + (" !" if r["overdue"] else "")
    print_table(
        rows,
        [
            ("ref", "Action", 12),
            ("text", "What", 48),
            ("owner_name", "Owner", 28),
            ("due", "Due", 12),
            ("status", "Status", 11),
        ],
        empty="No actions match.",
    )
    return 0


def cmd_decisions(args: argparse.Namespace) -> int:
    with open_db(args.db) as store:
        initiative_id = lookup.initiative(store, args.initiative)["id"] if args.initiative else None
        rows = queries.decisions(store, initiative_id=initiative_id)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        r["ref"] = f"{r['committee_code']}-D{r['number']}"
    print_table(
        rows,
        [
            ("ref", "Decision", 12),
            ("decided_on", "Date", 10),
            ("status", "Status", 10),
            ("text", "Text", 56),
            ("initiatives", "Initiatives", 40),
        ],
        empty="No decisions.",
    )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    in_range("--limit", args.limit)
    query = " ".join(args.query)
    if not query.strip():
        raise ValidationError("QUERY", query, "give words to find")
    with open_db(args.db) as store:
        hits = search.search(store, query, limit=args.limit)
    if args.json:
        print_json(
            [
                {
                    "kind": h.kind,
                    "id": h.id,
                    "snippet": h.snippet,
                    "highlights": h.highlights,
                    "rank": h.rank,
                    "confidential": h.confidential,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print("Nothing found.")
    for h in hits:
        marked, last = "", 0
        for s, e in h.highlights:
            marked += h.snippet[last:s] + "[" + h.snippet[s:e] + "]"
            last = e
        marked += h.snippet[last:]
        mark = " (confidential)" if h.confidential else ""
        print(f"{h.kind.replace('_', ' ')} #{h.id}{mark}: {marked}")
    return 0
