"""Commands of offline review: pack, action, merge, conflicts, resolve."""

from __future__ import annotations

import argparse

from minutier.cli.args import in_range
from minutier.cli.common import add_db, add_json, open_db, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pack", help="cut a review pack (a small register) for one action owner")
    add_db(p)
    p.add_argument("--owner", required=True, metavar="REF", help="person or organisation (name)")
    p.add_argument("--out", required=True, metavar="FILE", help="the pack file to write")
    p.add_argument(
        "--days",
        type=int,
        default=30,
        metavar="N",
        help="also actions closed in the last N days (30)",
    )
    p.set_defaults(func=cmd_pack)

    p = sub.add_parser("action", help="change an action's status, due date, or add a progress note")
    p.add_argument("db", metavar="DB-or-PACK", help="a register or a review pack")
    p.add_argument("ref", metavar="REF", help="the action, e.g. CSIIA-A1 (or its UUID)")
    p.add_argument(
        "--status", metavar="S", choices=["open", "in_progress", "done", "cancelled", "blocked"]
    )
    p.add_argument("--note", metavar="TEXT", help="add a progress note (or a comment)")
    p.add_argument("--due", metavar="DATE", help="a new due date (in a pack: a proposal)")
    p.add_argument("--reason", metavar="TEXT", help="why the due date moves (required in a pack)")
    p.set_defaults(func=cmd_action)

    p = sub.add_parser("merge", help="merge a review pack back into its register")
    add_db(p)
    p.add_argument("pack", metavar="PACK", help="the review pack file")
    p.add_argument("--dry-run", action="store_true", help="say what would change; change nothing")
    add_json(p)
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("conflicts", help="list merge conflicts waiting for a decision")
    add_db(p)
    add_json(p)
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("resolve", help="settle one merge conflict")
    add_db(p)
    p.add_argument("id", type=int, metavar="ID", help="the conflict number (see 'conflicts')")
    p.add_argument(
        "--keep", required=True, choices=["register", "pack"], help="whose value to keep"
    )
    p.set_defaults(func=cmd_resolve)


def cmd_pack(args: argparse.Namespace) -> int:
    from minutier.services.packs.cut import cut_pack

    in_range("--days", args.days, low=0, high=36_500)
    with open_db(args.db) as store:
        info = cut_pack(store, args.owner, args.out, days=args.days)
    with open_db(args.out) as pack:
        actions = pack.scalar("SELECT count(*) FROM action")
    print(f"{info.describe()} {actions} action{'s' if actions != 1 else ''} written to {args.out}.")
    return 0


def cmd_action(args: argparse.Namespace) -> int:
    from minutier.services.packs.edit import action_ref, edit_action, find_action

    with open_db(args.db) as store:
        action_id = find_action(store, args.ref)
        op = edit_action(
            store, action_id, status=args.status, note=args.note, due=args.due, reason=args.reason
        )
        ref = action_ref(store, action_id)
    print(f"{ref} updated." if op is not None else f"{ref} already had these values.")
    return 0


def _show(value: object, present: bool, absent: str = "(no record)") -> str:
    if not present:
        return absent
    if value is None:
        return "(empty)"
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in sorted(value.items()))
    return str(value)


def _lines(c: dict) -> list[str]:
    what = f"field {c['field']}" if c["field"] else "the whole record"
    return [
        f"Conflict {c['id']}: {c.get('record', c['row_uuid'])}, {what} ({c['reason']}), "
        f"from {c['source']}",
        f"  base:     {_show(c['base'], c['has_base'], '(unknown: the file carries none)')}",
        f"  register: {_show(c['register'], c['has_register'])}"
        + (
            f"  — {c['register_who']} {c['register_at'] or ''}".rstrip()
            if c["register_who"]
            else ""
        ),
        f"  incoming: {_show(c['incoming'], c['has_incoming'])}"
        + (
            f"  — {c['incoming_who']} {c['incoming_at'] or ''}".rstrip()
            if c["incoming_who"]
            else ""
        ),
    ]


def cmd_merge(args: argparse.Namespace) -> int:
    from minutier.services.packs.merge_back import merge_pack

    with open_db(args.db) as store:
        report = merge_pack(store, args.pack, dry_run=args.dry_run)
    if args.json:
        print_json(report.to_json())
        return 0
    print(report.summary())
    for notice in report.notices:
        print(notice)
    for c in report.conflicts:
        print("\n".join(_lines(c)))
    if report.conflicts and not args.dry_run:
        print("Settle each with: minutier resolve DB ID --keep register|pack")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from minutier.services.merge import list_conflicts

    with open_db(args.db) as store:
        rows = list_conflicts(store)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No conflict is waiting.")
    for c in rows:
        print("\n".join(_lines(c)))
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from minutier.services.merge import resolve

    in_range("ID", args.id)
    keep = "register" if args.keep == "register" else "incoming"
    with open_db(args.db) as store:
        resolve(store, args.id, keep)
    print(f"Conflict {args.id} resolved: kept the {args.keep}'s value.")
    return 0
