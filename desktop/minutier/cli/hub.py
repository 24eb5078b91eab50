"""Commands that share a register through a PostgreSQL hub: hub init/publish, clone, sync.

``minutier sync`` exits 0 after a complete round, 3 when the hub cannot be reached (the
register is simply offline: its changes wait and go at the next sync), 1 on a refusal.
"""

from __future__ import annotations

import argparse

from minutier.cli.common import add_db, open_db

OFFLINE_EXIT = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hub", help="create a hub in PostgreSQL, or publish a register to it")
    hub_sub = p.add_subparsers(dest="hub_command", metavar="HUB_COMMAND", required=True)
    q = hub_sub.add_parser(
        "init",
        help="create (or bring up to date) the hub's tables in an empty PostgreSQL database",
    )
    q.add_argument("url", metavar="URL", help="postgresql://ROLE@HOST/DATABASE (no password)")
    q.set_defaults(func=cmd_init)
    q = hub_sub.add_parser("publish", help="make DB the first content of an empty hub")
    add_db(q)
    q.add_argument("url", metavar="URL", help="the hub's address (no password)")
    q.set_defaults(func=cmd_publish)

    p = sub.add_parser("clone", help="make a new register DB from a hub")
    p.add_argument("url", metavar="URL", help="the hub's address (no password)")
    p.add_argument("db", metavar="DB", help="the new Minutier file to write")
    p.set_defaults(func=cmd_clone)

    p = sub.add_parser(
        "sync", help="push DB's new operations to its hub and pull the others' (one round)"
    )
    add_db(p)
    p.add_argument("--hub", metavar="URL", help="the hub's address (remembered for next time)")
    p.set_defaults(func=cmd_sync)


def cmd_init(args: argparse.Namespace) -> int:
    from minutier.services.sync import hub

    before, after = hub.init(args.url)
    if before == after:
        print(f"The hub {hub.display(args.url)} is up to date (schema {after}).")
    elif before == 0:
        print(f"Created a Minutier hub in {hub.display(args.url)} (schema {after}).")
    else:
        print(f"Brought the hub {hub.display(args.url)} from schema {before} to {after}.")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from minutier.services.sync import engine, hub

    with open_db(args.db) as store:
        count = engine.publish(store, args.url)
    print(f"Published {args.db} to {hub.display(args.url)}: {count} records.")
    return 0


def cmd_clone(args: argparse.Namespace) -> int:
    from minutier.services.sync import engine, hub

    store, count = engine.clone(args.url, args.db)
    store.close()
    print(f"Cloned {hub.display(args.url)} into {args.db} ({count} hub operations).")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from minutier.services.sync import engine, hub, replica

    with open_db(args.db) as store:
        try:
            report = engine.sync(store, args.hub)
        except hub.HubUnreachable as e:
            waiting = replica.status(store).pending
            print(
                f"Offline: {e}. {waiting} operation(s) stay here and go at the next sync; "
                "nothing was lost."
            )
            return OFFLINE_EXIT
    for line in report.lines():
        print(line)
    return 0
