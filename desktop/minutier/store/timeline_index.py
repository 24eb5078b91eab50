"""Each initiative's timeline kept in date order by triggers, so a page of it is read, not sorted.

The timeline of an initiative (``queries.initiative_timeline``) lists the decisions and
announcements linked to it, its actions and the meetings where any of them was recorded,
newest first. Its date comes from the record or, failing that, from its meeting, so no index
on the records themselves gives that order: every linked record was read and sorted to show
the newest 200 (flagship initiative: 15 ms at 1x, 83 ms at 4x, in step with the archive).

``timeline_entry`` holds one narrow row per entry — initiative, kind, record, date — in an
index that is the timeline's order. Triggers keep it right in the transaction of every change
of a link, a decision, an announcement, an action or a meeting. Each trigger *refreshes* what
the change touches: the entries of one record (deleted, then derived again from the record),
and the entry of each meeting concerned (a meeting is in an initiative's timeline while any
record of it is linked to the initiative). A refresh reads one record's links or one
meeting's records, never an initiative's whole history.

``kind`` is stored as its place in the timeline's order (``KINDS``), so that the index's own
order is the query's ``ORDER BY on_date DESC, kind, id DESC``.

``sqlite-utils``' ``transform()`` drops triggers: ``schema.restore_triggers`` puts these back.
A bulk load drops them and calls ``rebuild`` at the end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

# kind -> its rank in the timeline's order (alphabetical, as ``ORDER BY kind`` sorted them)
KINDS = {"action": 0, "announcement": 1, "decision": 2, "meeting": 3}
ACTION, ANNOUNCEMENT, DECISION, MEETING = (KINDS[k] for k in KINDS)
# the tables the entries are derived from (a bulk insert into them may rebuild instead)
SOURCES = frozenset(
    (
        "decision",
        "announcement",
        "action",
        "meeting",
        "decision_initiative",
        "announcement_initiative",
    )
)
_DAY = "substr(m.starts_at, 1, 10)"


def _records(where: dict[str, str]) -> dict[int, str]:
    """For each kind of record, the SELECT of its entries (initiative, kind, record, date).

    ``where[kind]`` restricts the records (``d``, ``a``, ``x`` are the record's alias).
    """
    return {
        DECISION: f"SELECT l.initiative_id, {DECISION}, d.id, coalesce(d.decided_on, {_DAY}) "
        "FROM decision d JOIN decision_initiative l ON l.decision_id = d.id "
        f"LEFT JOIN meeting m ON m.id = d.meeting_id WHERE {where['decision']}",
        ANNOUNCEMENT: f"SELECT l.initiative_id, {ANNOUNCEMENT}, a.id, coalesce(a.made_on, {_DAY}) "
        "FROM announcement a JOIN announcement_initiative l ON l.announcement_id = a.id "
        f"LEFT JOIN meeting m ON m.id = a.meeting_id WHERE {where['announcement']}",
        ACTION: f"SELECT x.initiative_id, {ACTION}, x.id, "
        f"coalesce(x.due_on, {_DAY}, substr(x.created_at, 1, 10)) "
        "FROM action x LEFT JOIN meeting m ON m.id = x.meeting_id "
        f"WHERE x.initiative_id IS NOT NULL AND {where['action']}",
    }


def _meetings(where: dict[str, str]) -> str:
    """The SELECT of the meeting entries: meetings holding a linked record matching ``where``.

    ``where`` restricts each kind of record, as in ``_records``; the restriction sits in each
    branch so that SQLite reads only those records (one meeting's, one initiative's).
    """
    branches = {
        "decision": "SELECT d.meeting_id, l.initiative_id FROM decision d "
        "JOIN decision_initiative l ON l.decision_id = d.id WHERE ",
        "announcement": "SELECT a.meeting_id, l.initiative_id FROM announcement a "
        "JOIN announcement_initiative l ON l.announcement_id = a.id WHERE ",
        "action": "SELECT x.meeting_id, x.initiative_id FROM action x "
        "WHERE x.initiative_id IS NOT NULL AND ",
    }
    union = " UNION ALL ".join(sql + where[k] for k, sql in branches.items() if where[k] != "0")
    return (
        f"SELECT DISTINCT i.initiative_id, {MEETING}, m.id, {_DAY} "
        f"FROM ({union}) i JOIN meeting m ON m.id = i.meeting_id"
    )


def _by(column: str, value: str) -> dict[str, str]:
    """The same restriction on every kind of record: ``d.column = value`` and so on."""
    return {
        "decision": f"d.{column} = {value}",
        "announcement": f"a.{column} = {value}",
        "action": f"x.{column} = {value}",
    }


def _insert(select: str, verb: str = "REPLACE") -> str:
    return (
        f"INSERT OR {verb} INTO timeline_entry (initiative_id, kind, record_id, on_date) {select}"
    )


_ALIAS = {"decision": "d", "announcement": "a", "action": "x"}


def _only(kind: str, record_id: str) -> dict[str, str]:
    """A restriction to one record of ``kind`` (``"0"``: no record of the other kinds)."""
    where = dict.fromkeys(_ALIAS, "0")
    where[kind] = f"{_ALIAS[kind]}.id = {record_id}"
    return where


def _refresh_record(kind: str, record_id: str) -> list[str]:
    """Statements deriving again the entries of one record (``record_id`` is an expression)."""
    rank = KINDS[kind]
    return [
        f"DELETE FROM timeline_entry WHERE kind = {rank} AND record_id = {record_id}",
        _insert(_records(_only(kind, record_id))[rank]),
    ]


def _refresh_meeting(meeting_id: str) -> list[str]:
    """Statements deriving again the entry of one meeting in every initiative's timeline."""
    return [
        f"DELETE FROM timeline_entry WHERE kind = {MEETING} AND record_id = {meeting_id}",
        _insert(_meetings(_by("meeting_id", meeting_id))),
    ]


def _add_meeting_of(kind: str, record_id: str) -> list[str]:
    """After an insert: the record's meeting joins its initiatives' timelines (if not there).

    An insert can only add meeting entries, so the meeting is not derived again whole (that
    reads every record of the meeting: 0.4 ms per action added to a full meeting).
    """
    return [_insert(_meetings(_only(kind, record_id)), "IGNORE")]


def _meeting_of(kind: str, record_id: str) -> str:
    return f"(SELECT meeting_id FROM {kind} WHERE id = {record_id})"


def _triggers() -> dict[str, tuple[str, list[str]]]:
    """Trigger name -> (its event, its statements)."""
    out: dict[str, tuple[str, list[str]]] = {}
    for kind in ("decision", "announcement"):
        link, key = f"{kind}_initiative", f"{kind}_id"
        for event, rows in (("ai", ("new",)), ("ad", ("old",)), ("au", ("old", "new"))):
            body: list[str] = []
            for row in rows:
                body += _refresh_record(kind, f"{row}.{key}")
                if event == "ai":
                    body += _add_meeting_of(kind, f"{row}.{key}")
                else:
                    body += _refresh_meeting(_meeting_of(kind, f"{row}.{key}"))
            what = {"ai": "INSERT", "ad": "DELETE", "au": f"UPDATE OF {key}, initiative_id"}[event]
            out[f"timeline_{link}_{event}"] = (f"AFTER {what} ON {link}", body)
    dated = {"decision": "decided_on", "announcement": "made_on", "action": "due_on, created_at"}
    for kind, columns in dated.items():
        extra = ", initiative_id" if kind == "action" else ""
        out[f"timeline_{kind}_ai"] = (
            f"AFTER INSERT ON {kind}",
            [*_refresh_record(kind, "new.id"), *_add_meeting_of(kind, "new.id")],
        )
        out[f"timeline_{kind}_ad"] = (
            f"AFTER DELETE ON {kind}",
            [*_refresh_record(kind, "old.id"), *_refresh_meeting("old.meeting_id")],
        )
        # a new date (or meeting, whose date it may take) moves the record's entries...
        out[f"timeline_{kind}_au"] = (
            f"AFTER UPDATE OF {columns}, meeting_id{extra} ON {kind}",
            _refresh_record(kind, "new.id"),
        )
        # ...and only a move to another meeting (or initiative) changes the meetings' entries
        moved = "old.meeting_id IS NOT new.meeting_id" + (
            " OR old.initiative_id IS NOT new.initiative_id" if extra else ""
        )
        out[f"timeline_{kind}_am"] = (
            f"AFTER UPDATE OF meeting_id{extra} ON {kind} WHEN {moved}",
            [*_refresh_meeting("old.meeting_id"), *_refresh_meeting("new.meeting_id")],
        )
    # A meeting's date is its entry's, and that of its records that carry no date of their own.
    moved = _records(_by("meeting_id", "new.id"))
    body = _refresh_meeting("new.id")
    for kind, rank in (("decision", DECISION), ("announcement", ANNOUNCEMENT), ("action", ACTION)):
        body.append(
            f"DELETE FROM timeline_entry WHERE kind = {rank} AND record_id IN "
            f"(SELECT id FROM {kind} WHERE meeting_id = new.id)"
        )
        body.append(_insert(moved[rank]))
    out["timeline_meeting_au"] = ("AFTER UPDATE OF starts_at ON meeting", body)
    out["timeline_meeting_ai"] = ("AFTER INSERT ON meeting", _refresh_meeting("new.id"))
    out["timeline_meeting_ad"] = ("AFTER DELETE ON meeting", _refresh_meeting("old.id"))
    return out


def trigger_names() -> list[str]:
    return list(_triggers())


def create(db: Database | Any) -> None:
    """The table, its indexes, its triggers and the entries of what is stored."""
    db.execute(
        "CREATE TABLE timeline_entry (initiative_id INTEGER NOT NULL, kind INTEGER NOT NULL, "
        "record_id INTEGER NOT NULL, on_date TEXT, "
        "PRIMARY KEY (initiative_id, kind, record_id)) STRICT"
    )
    # the timeline's order: ORDER BY on_date DESC, kind, id DESC
    db.execute(
        "CREATE INDEX idx_timeline_entry_order "
        "ON timeline_entry (initiative_id, on_date DESC, kind, record_id DESC)"
    )
    db.execute("CREATE INDEX idx_timeline_entry_record ON timeline_entry (kind, record_id)")
    rebuild(db)
    create_triggers(db)


def drop_triggers(db: Database | Any) -> None:
    for name in _triggers():
        db.execute(f"DROP TRIGGER IF EXISTS {name}")


def create_triggers(db: Database | Any) -> None:
    """(Re)create the triggers that keep ``timeline_entry`` in step with the records."""
    drop_triggers(db)
    for name, (event, body) in _triggers().items():
        db.execute(f"CREATE TRIGGER {name} {event} BEGIN {'; '.join(body)}; END")


def rebuild(db: Database | Any) -> None:
    """Derive every entry again from the records (after a bulk load or a repair)."""
    db.execute("DELETE FROM timeline_entry")
    everything = dict.fromkeys(("decision", "announcement", "action"), "1")
    for select in _records(everything).values():
        db.execute(_insert(select))
    db.execute(_insert(_meetings(everything)))


def derived(conn: Any, initiative_id: int) -> list[tuple[Any, ...]]:
    """The entries of one initiative derived from the records now (what the table should hold)."""
    i = int(initiative_id)
    where = {
        "decision": f"l.initiative_id = {i}",
        "announcement": f"l.initiative_id = {i}",
        "action": f"x.initiative_id = {i}",
    }
    selects = [*_records(where).values(), _meetings(where)]
    return sorted(conn.execute(" UNION ALL ".join(selects)).fetchall(), key=repr)
