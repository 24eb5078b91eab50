"""Running counts the dashboard reads instead of counting actions: open ones per owner, closings per month.

Counting the open actions by owner and the last year's closings read every open or recently
closed action: time in step with the archive (4x archive: 10 ms and 6-12 ms). Triggers on
``action`` keep two small tables right instead, in the same transaction as every change:

- ``tally_open_owner``: open actions per owner (``pid``/``oid`` are the person's or the
  organisation's id, 0 for none — NULL would not be one key);
- ``tally_closed_month``: actions closed per month (``YYYY-MM`` of ``closed_on``).

``sqlite-utils``' ``transform()`` drops triggers: ``schema.restore_triggers`` puts these back.
A bulk load drops them and calls ``rebuild`` at the end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

OPEN = "('open', 'in_progress', 'blocked')"  # = core.enums.OPEN_ACTION_STATUSES (a test checks)
_EVENTS = ("ai", "ad", "au")


def create(db: Database) -> None:
    """The two tables, their triggers, and the counts of what is stored."""
    db.execute(
        "CREATE TABLE tally_open_owner (pid INTEGER NOT NULL, oid INTEGER NOT NULL, "
        "n INTEGER NOT NULL, PRIMARY KEY (pid, oid)) STRICT"
    )
    db.execute("CREATE INDEX idx_tally_open_owner_n ON tally_open_owner (n)")
    db.execute(
        "CREATE TABLE tally_closed_month (month TEXT PRIMARY KEY, n INTEGER NOT NULL) STRICT"
    )
    rebuild(db)
    create_triggers(db)


def _add(row: str, sign: str) -> list[str]:
    """Statements counting ``row`` (``new``/``old``) in (+1) or out (-1) of both tallies."""
    pid, oid = f"coalesce({row}.owner_person_id, 0)", f"coalesce({row}.owner_organisation_id, 0)"
    month = f"substr({row}.closed_on, 1, 7)"
    return [
        f"INSERT INTO tally_open_owner (pid, oid, n) SELECT {pid}, {oid}, {sign}1 "
        f"WHERE {row}.status IN {OPEN} "
        f"ON CONFLICT (pid, oid) DO UPDATE SET n = n {sign} 1",
        f"INSERT INTO tally_closed_month (month, n) SELECT {month}, {sign}1 "
        f"WHERE {row}.closed_on IS NOT NULL "
        f"ON CONFLICT (month) DO UPDATE SET n = n {sign} 1",
    ]


def drop_triggers(db: Database) -> None:
    for event in _EVENTS:
        db.execute(f"DROP TRIGGER IF EXISTS tally_action_{event}")


def create_triggers(db: Database) -> None:
    """(Re)create the triggers on ``action`` that keep both tallies."""
    drop_triggers(db)
    added, removed = "; ".join(_add("new", "+")), "; ".join(_add("old", "-"))
    db.execute(f"CREATE TRIGGER tally_action_ai AFTER INSERT ON action BEGIN {added}; END")
    db.execute(f"CREATE TRIGGER tally_action_ad AFTER DELETE ON action BEGIN {removed}; END")
    db.execute(
        "CREATE TRIGGER tally_action_au AFTER UPDATE OF status, owner_person_id, "
        f"owner_organisation_id, closed_on ON action BEGIN {removed}; {added}; END"
    )


def rebuild(db: Database) -> None:
    """Count everything again from the actions (after a bulk load or a repair)."""
    db.execute("DELETE FROM tally_open_owner")
    db.execute("DELETE FROM tally_closed_month")
    db.execute(
        "INSERT INTO tally_open_owner (pid, oid, n) SELECT coalesce(owner_person_id, 0), "
        f"coalesce(owner_organisation_id, 0), count(*) FROM action WHERE status IN {OPEN} "
        "GROUP BY 1, 2"
    )
    db.execute(
        "INSERT INTO tally_closed_month (month, n) SELECT substr(closed_on, 1, 7), count(*) "
        "FROM action WHERE closed_on IS NOT NULL GROUP BY 1"
    )
