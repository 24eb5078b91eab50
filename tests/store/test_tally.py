"""The dashboard's running counts stay equal to counting the actions, whatever is done to them."""

from __future__ import annotations

import datetime as dt
import random

from minutier.core.enums import OPEN_ACTION_STATUSES
from minutier.services import actions, records
from minutier.store import queries, schema, tally
from minutier.store.connection import Store

STATUSES = ("open", "in_progress", "blocked", "done", "cancelled")


def counted(store: Store) -> tuple[dict, dict]:
    """What the tallies should hold, counted from the actions directly."""
    owners = {
        (r[0], r[1]): r[2]
        for r in store.conn.execute(
            f"SELECT coalesce(owner_person_id, 0), coalesce(owner_organisation_id, 0), count(*) "
            f"FROM action WHERE status IN {tally.OPEN} GROUP BY 1, 2"
        )
    }
    months = dict(
        store.conn.execute(
            "SELECT substr(closed_on, 1, 7), count(*) FROM action "
            "WHERE closed_on IS NOT NULL GROUP BY 1"
        ).fetchall()
    )
    return owners, months


def kept(store: Store) -> tuple[dict, dict]:
    owners = {
        (r[0], r[1]): r[2]
        for r in store.conn.execute("SELECT pid, oid, n FROM tally_open_owner WHERE n <> 0")
    }
    months = dict(
        store.conn.execute("SELECT month, n FROM tally_closed_month WHERE n <> 0").fetchall()
    )
    return owners, months


def test_open_statuses_are_the_enums() -> None:
    expected = "(" + ", ".join(f"'{s}'" for s in OPEN_ACTION_STATUSES) + ")"
    assert expected == tally.OPEN


def test_tallies_follow_inserts_updates_and_deletes(store: Store, committee: int) -> None:
    rnd = random.Random(7)
    people = [records.create(store, "person", {"name": f"P{n}"}) for n in range(4)]
    orgs = [records.create(store, "organisation", {"name": f"O{n}"}) for n in range(2)]
    made: list[int] = []
    for step in range(120):
        move = rnd.random()
        if move < 0.45 or not made:
            kind, owner = rnd.choice(
                [("", None), *(("p", p) for p in people), *(("o", o) for o in orgs)]
            )
            values = {
                "committee_id": committee,
                "number": step + 1,
                "text": f"action {step}",
                "owner_person_id": owner if kind == "p" else None,
                "owner_organisation_id": owner if kind == "o" else None,
                "due_on": f"2025-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}",
            }
            made.append(records.create(store, "action", values))
        elif move < 0.85:
            status = rnd.choice(STATUSES)
            closed = (
                f"2025-{rnd.randint(1, 12):02d}-01" if status in ("done", "cancelled") else None
            )
            changes = {"status": status, "closed_on": closed}
            if rnd.random() < 0.3:
                changes["owner_person_id"] = rnd.choice([None, *people])
                changes["owner_organisation_id"] = None
            records.update(store, "action", rnd.choice(made), changes)
        else:
            records.delete(store, "action", made.pop(rnd.randrange(len(made))))
        assert kept(store) == counted(store), step
    assert kept(store)[0]


def test_dashboard_answers_as_counting_every_action_did(store: Store, committee: int) -> None:
    people = [records.create(store, "person", {"name": f"Personne {n:02d}"}) for n in range(25)]
    for n, person in enumerate(people):
        for k in range(n % 4 + 1):
            actions.create_action(
                store, f"a{n}-{k}", committee_id=committee, owner_person_id=person,
                due=f"2025-0{k % 3 + 3}-15",
            )  # fmt: skip
    actions.create_action(store, "sans responsable", committee_id=committee, due="2025-01-01")
    today = dt.date(2025, 4, 1)
    data = queries.dashboard(store, today)
    t = today.isoformat()
    old = store.query(
        f"""SELECT coalesce(p.name, o.name, '') AS owner, g.open, g.overdue
            FROM (SELECT owner_person_id AS pid, owner_organisation_id AS oid,
                         count(*) AS open, sum(due_on < ?) AS overdue
                  FROM action WHERE status IN {tally.OPEN}
                  GROUP BY owner_person_id, owner_organisation_id) g
            LEFT JOIN person p ON p.id = g.pid LEFT JOIN organisation o ON o.id = g.oid
            ORDER BY g.open DESC, owner LIMIT 20""",
        (t,),
    )
    assert data["by_owner"] == old and len(old) == 20
    assert data["open_actions"] == len(people) // 4 * 10 + 1 + sum(
        n % 4 + 1 for n in range(len(people) // 4 * 4, len(people))
    )


def test_restore_triggers_brings_the_tally_back_after_a_transform(
    store: Store, committee: int
) -> None:
    store.db["action"].transform(types={"text": str})
    schema.restore_triggers(store.db)
    actions.create_action(store, "après", committee_id=committee)
    assert kept(store) == counted(store) and kept(store)[0] == {(0, 0): 1}
