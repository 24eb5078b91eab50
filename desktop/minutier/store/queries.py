"""Read queries behind every list: SQLite filters, sorts and pages, Python only shapes rows.

Filters are dataclasses so the interface, the command line and the benchmark ask the same
question the same way; sort keys come from an allow-list, values are always parameters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from minutier.core.enums import OPEN_ACTION_STATUSES
from minutier.store import timeline_index
from minutier.store.connection import Store

_OPEN = tuple(str(s) for s in OPEN_ACTION_STATUSES)
_OPEN_SQL = "(" + ", ".join(f"'{s}'" for s in _OPEN) + ")"

ACTION_COLUMNS = """
    a.id, a.uuid, a.number, a.text, a.status, a.priority, a.due_on, a.closed_on,
    a.committee_id, c.code AS committee_code, a.meeting_id, m.number AS meeting_number,
    m.starts_at AS meeting_starts_at, a.decision_id, d.number AS decision_number,
    a.initiative_id, i.name AS initiative_name,
    a.owner_person_id, a.owner_organisation_id,
    coalesce(p.name, o.name, '') AS owner_name,
    coalesce(nullif(p.native_name, ''), nullif(o.native_name, ''), '') AS owner_native_name,
    a.created_at, a.updated_at"""
# The tables an action row is shown with, by alias (one source for ACTION_JOINS and paging).
_JOIN = {
    "c": "JOIN committee c ON c.id = a.committee_id",
    "m": "LEFT JOIN meeting m ON m.id = a.meeting_id",
    "d": "LEFT JOIN decision d ON d.id = a.decision_id",
    "i": "LEFT JOIN initiative i ON i.id = a.initiative_id",
    "p": "LEFT JOIN person p ON p.id = a.owner_person_id",
    "o": "LEFT JOIN organisation o ON o.id = a.owner_organisation_id",
}
ACTION_JOINS = "\n    FROM action a\n    " + "\n    ".join(_JOIN.values())
# Sort keys as ORDER BY terms, and the joined tables each needs. "due" matches the index
# idx_action_due_order (migration m003), so the list sorts by due date without a scan.
_SORT_TERMS: dict[str, tuple[tuple[str, ...], str]] = {
    "number": (("c.code", "a.number"), "c"),
    "text": (("a.text COLLATE NOCASE",), ""),
    "owner": (("coalesce(p.name, o.name, '') COLLATE NOCASE",), "po"),
    "due": (("a.due_on IS NULL", "a.due_on"), ""),
    "status": (("a.status",), ""),
    "priority": (
        (
            "CASE a.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END",
        ),
        "",
    ),
    "committee": (("c.code",), "c"),
    "meeting": (("m.starts_at",), "m"),
    "initiative": (("i.name COLLATE NOCASE",), "i"),
    "updated": (("a.updated_at",), ""),
}
ACTION_SORTS = {key: ", ".join(terms) for key, (terms, _) in _SORT_TERMS.items()}


# First character of the progress note that keeps an owner typed in live mode but not yet in
# the register ("@Ministère de l'Intérieur"); such an action, still without owner, is to resolve.
OWNER_TO_RESOLVE_MARK = "@"


@dataclass
class ActionFilter:
    """What the actions page, ``minutier actions`` and the reports filter on."""

    owner_person_id: int | None = None
    owner_organisation_id: int | None = None
    statuses: tuple[str, ...] = ()
    open_only: bool = False
    committee_id: int | None = None
    initiative_id: int | None = None
    meeting_id: int | None = None
    due_after: str | None = None  # inclusive ISO date
    due_before: str | None = None  # inclusive ISO date
    overdue: bool = False
    owner_to_resolve: bool = False  # no owner yet, the typed name kept in a note (live mode)
    text: str = ""
    today: dt.date = field(default_factory=dt.date.today)

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.owner_person_id is not None:
            clauses.append("a.owner_person_id = ?")
            params.append(self.owner_person_id)
        if self.owner_organisation_id is not None:
            clauses.append("a.owner_organisation_id = ?")
            params.append(self.owner_organisation_id)
        if self.statuses:
            clauses.append(f"a.status IN ({', '.join('?' * len(self.statuses))})")
            params.extend(self.statuses)
        if self.open_only or self.overdue:
            clauses.append(f"a.status IN {_OPEN_SQL}")
        if self.overdue:
            clauses.append("a.due_on < ?")
            params.append(self.today.isoformat())
        if self.committee_id is not None:
            clauses.append("a.committee_id = ?")
            params.append(self.committee_id)
        if self.initiative_id is not None:
            clauses.append("a.initiative_id = ?")
            params.append(self.initiative_id)
        if self.meeting_id is not None:
            clauses.append("a.meeting_id = ?")
            params.append(self.meeting_id)
        if self.due_after:
            clauses.append("a.due_on >= ?")
            params.append(self.due_after)
        if self.due_before:
            clauses.append("a.due_on <= ?")
            params.append(self.due_before)
        if self.owner_to_resolve:
            clauses.append(
                "a.owner_person_id IS NULL AND a.owner_organisation_id IS NULL AND EXISTS "
                "(SELECT 1 FROM action_note n WHERE n.action_id = a.id AND substr(n.text, 1, 1) = ?)"
            )
            params.append(OWNER_TO_RESOLVE_MARK)
        if self.text.strip():
            clauses.append("a.text LIKE ? ESCAPE '\\'")
            escaped = (
                self.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            )
            params.append(f"%{escaped}%")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def is_overdue(row: dict[str, Any], today: dt.date) -> bool:
    return bool(row.get("due_on")) and row["status"] in _OPEN and row["due_on"] < today.isoformat()


def actions(
    store: Store,
    flt: ActionFilter | None = None,
    *,
    sort: str = "due",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Actions matching ``flt``, sorted by an allow-listed key, one page at a time.

    A page is found first as ids alone (an index scan joining only what the sort needs), and
    only those rows are then joined for display: a page deep in 200,000 actions costs what the
    first one does, instead of joining every row it skips (OFFSET).
    """
    flt = flt or ActionFilter()
    where, params = flt.where()
    terms, needs = _SORT_TERMS[sort]
    order = ", ".join(f"{t} DESC" if descending else t for t in terms) + ", a.id"
    if limit is None:
        return store.query(
            f"SELECT {ACTION_COLUMNS} {ACTION_JOINS}{where} ORDER BY {order}", params
        )
    joins = "".join(f" {_JOIN[alias]}" for alias in needs)
    page = f"SELECT a.id FROM action a{joins}{where} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = ACTION_JOINS.replace(
        "FROM action a", f"FROM ({page}) page JOIN action a ON a.id = page.id"
    )
    return store.query(
        f"SELECT {ACTION_COLUMNS} {rows} ORDER BY {order}", [*params, int(limit), int(offset)]
    )


def count_actions(store: Store, flt: ActionFilter | None = None) -> int:
    where, params = (flt or ActionFilter()).where()
    return int(store.scalar(f"SELECT count(*) FROM action a{where}", params))


_MEETING_ORDER = "m.starts_at DESC, m.id DESC"
_DECISION_ORDER = "d.decided_on DESC, d.number DESC, d.id DESC"


def _paged(sql: str, table: str, alias: str, page_from: str, order: str) -> str:
    """``sql`` (``FROM {table} {alias} …``) restricted to one page of ids found first.

    The page (``LIMIT ? OFFSET ?`` on ``page_from``, which must select ``{alias}.id``) is found
    on the table alone; only its rows are then joined and their counts computed.
    """
    page = f"SELECT {alias}.id {page_from} ORDER BY {order} LIMIT ? OFFSET ?"
    return sql.replace(
        f"FROM {table} {alias}",
        f"FROM ({page}) page JOIN {table} {alias} ON {alias}.id = page.id",
        1,
    )


def _meetings_where(committee_id: int | None, status: str | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if committee_id is not None:
        clauses.append("m.committee_id = ?")
        params.append(committee_id)
    if status:
        clauses.append("m.status = ?")
        params.append(status)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def meetings(
    store: Store,
    *,
    committee_id: int | None = None,
    status: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Meetings, latest first, with their committee code and counts of what they hold.

    With ``limit``, one page (a list of 10,000 meetings need not be read whole to show 40).
    """
    where, params = _meetings_where(committee_id, status)
    sql = f"""SELECT m.id, m.uuid, c.code AS committee_code, c.name AS committee_name, m.number,
                   m.title, m.starts_at, m.ends_at, m.timezone, m.place, m.status,
                   (SELECT count(*) FROM decision d WHERE d.meeting_id = m.id) AS decisions,
                   (SELECT count(*) FROM action a WHERE a.meeting_id = m.id) AS actions
            FROM meeting m JOIN committee c ON c.id = m.committee_id{where}
            ORDER BY {_MEETING_ORDER}"""
    if limit is None:
        return store.query(sql, params)
    paged = _paged(sql, "meeting", "m", f"FROM meeting m{where}", _MEETING_ORDER)
    # the WHERE now sits in the page; the outer copy is kept (same rows) for simplicity
    return store.query(paged, [*params, int(limit), int(offset), *params])


def count_meetings(
    store: Store, *, committee_id: int | None = None, status: str | None = None
) -> int:
    where, params = _meetings_where(committee_id, status)
    return int(store.scalar(f"SELECT count(*) FROM meeting m{where}", params))


def decisions(
    store: Store,
    *,
    initiative_id: int | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Decisions, latest first, with the initiatives each feeds (names joined by " · ").

    With ``limit``, one page: 50,000 decisions (each with its initiatives gathered) took
    0.8 s or more to read whole on a 20-year archive.
    """
    join = where = ""
    params: list[Any] = []
    if initiative_id is not None:
        join = " JOIN decision_initiative f ON f.decision_id = d.id"
        where = " WHERE f.initiative_id = ?"
        params.append(initiative_id)
    sql = f"""SELECT d.id, d.uuid, c.code AS committee_code, d.number, d.text, d.status,
                   d.decided_on, d.votes_for, d.votes_against, d.votes_abstain,
                   m.number AS meeting_number,
                   (SELECT group_concat(i.name, ' · ') FROM decision_initiative x
                      JOIN initiative i ON i.id = x.initiative_id WHERE x.decision_id = d.id)
                     AS initiatives
            FROM decision d JOIN committee c ON c.id = d.committee_id
            LEFT JOIN meeting m ON m.id = d.meeting_id{join}{where}
            ORDER BY {_DECISION_ORDER}"""
    if limit is None:
        return store.query(sql, params)
    paged = _paged(sql, "decision", "d", f"FROM decision d{join}{where}", _DECISION_ORDER)
    return store.query(paged, [*params, int(limit), int(offset), *params])


def count_decisions(store: Store, *, initiative_id: int | None = None) -> int:
    if initiative_id is None:
        return int(store.scalar("SELECT count(*) FROM decision"))
    return int(
        store.scalar(
            "SELECT count(*) FROM decision_initiative WHERE initiative_id = ?", (initiative_id,)
        )
    )


def initiative_timeline(
    store: Store, initiative_id: int, *, limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """Every decision, announcement, action and meeting touching an initiative, newest first.

    ``limit``/``offset`` give one page (the window's model asks a page at a time). The page is
    read from ``timeline_entry``, whose index is the timeline's order (``store.timeline_index``,
    kept by triggers); only the page's records are then read. Sorting every linked record made
    the first page cost the initiative's whole history (flagship: 83 ms on the 4x archive).
    """
    page = "-1" if limit is None else str(max(0, int(limit)))
    return store.query(
        f"""
        WITH page AS MATERIALIZED (
            SELECT kind, record_id, on_date FROM timeline_entry
             WHERE initiative_id = :i
             ORDER BY on_date DESC, kind, record_id DESC
             LIMIT {page} OFFSET {max(0, int(offset))})
        SELECT 'decision' AS kind, d.id AS id, p.on_date, d.text, d.status, d.meeting_id,
               c.code AS committee_code, d.number
          FROM page p JOIN decision d ON d.id = p.record_id
          JOIN committee c ON c.id = d.committee_id
         WHERE p.kind = {timeline_index.DECISION}
        UNION ALL
        SELECT 'announcement', a.id, p.on_date, a.text, '', a.meeting_id, c.code, NULL
          FROM page p JOIN announcement a ON a.id = p.record_id
          LEFT JOIN meeting m ON m.id = a.meeting_id
          LEFT JOIN committee c ON c.id = m.committee_id
         WHERE p.kind = {timeline_index.ANNOUNCEMENT}
        UNION ALL
        SELECT 'action', x.id, p.on_date, x.text, x.status, x.meeting_id, c.code, x.number
          FROM page p JOIN action x ON x.id = p.record_id JOIN committee c ON c.id = x.committee_id
         WHERE p.kind = {timeline_index.ACTION}
        UNION ALL
        SELECT 'meeting', m.id, p.on_date, m.title, m.status, m.id, c.code, m.number
          FROM page p JOIN meeting m ON m.id = p.record_id JOIN committee c ON c.id = m.committee_id
         WHERE p.kind = {timeline_index.MEETING}
        ORDER BY 3 DESC, 1, 2 DESC
        """,
        {"i": initiative_id},
    )


def dashboard(store: Store, today: dt.date) -> dict[str, Any]:
    """The figures of the dashboard: open/overdue by owner, upcoming meetings, decisions this year."""
    t = today.isoformat()
    # The owners with the most open actions come from the running tally (``store.tally``,
    # kept by triggers): the 20th largest count is found through its index, then only those
    # owners' overdue actions are counted, in the partial index of open actions by owner
    # (m015). Grouping every open action took 37 ms on the 4x archive, growing with it.
    by_owner = store.query(
        f"""WITH top AS (
                SELECT pid, oid, n FROM tally_open_owner
                 WHERE n >= coalesce((SELECT n FROM tally_open_owner WHERE n > 0
                                      ORDER BY n DESC LIMIT 1 OFFSET 19), 1))
            SELECT coalesce(p.name, o.name, '') AS owner, t.n AS open,
                   (SELECT count(*) FROM action INDEXED BY idx_action_open_owner
                     WHERE status IN {_OPEN_SQL} AND owner_person_id IS nullif(t.pid, 0)
                       AND owner_organisation_id IS nullif(t.oid, 0) AND due_on < ?) AS overdue
              FROM top t
              LEFT JOIN person p ON p.id = nullif(t.pid, 0)
              LEFT JOIN organisation o ON o.id = nullif(t.oid, 0)
             ORDER BY t.n DESC, owner LIMIT 20""",
        (t,),
    )
    month = (today.replace(day=1) - dt.timedelta(days=335)).replace(day=1).isoformat()[:7]
    return {
        "open_actions": store.scalar("SELECT coalesce(sum(n), 0) FROM tally_open_owner"),
        "overdue_actions": store.scalar(
            f"SELECT count(*) FROM action WHERE status IN {_OPEN_SQL} AND due_on < ?", (t,)
        ),
        "by_owner": by_owner,
        "upcoming": store.query(
            "SELECT m.id, c.code AS committee_code, m.number, m.title, m.starts_at, m.place "
            "FROM meeting m JOIN committee c ON c.id = m.committee_id "
            "WHERE m.starts_at >= ? AND m.status = 'planned' ORDER BY m.starts_at LIMIT 10",
            (t,),
        ),
        "decisions_this_year": store.scalar(
            "SELECT count(*) FROM decision WHERE decided_on >= ? AND decided_on < ?",
            (f"{today.year}-01-01", f"{today.year + 1}-01-01"),
        ),
        "closed_per_month": store.query(
            "SELECT month, n AS closed FROM tally_closed_month WHERE month >= ? AND n > 0 "
            "ORDER BY month",
            (month,),
        ),
    }


# -- Lists of the desktop window (people, organisations, committees, initiatives) ---------------


def initiatives(store: Store, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Initiatives by name, with their owner and how many decisions and open actions feed them."""
    t = (today or dt.date.today()).isoformat()
    return store.query(
        f"""SELECT i.id, i.uuid, i.name, i.native_name, i.code, i.status, i.start_on, i.target_on,
                   i.description, i.owner_organisation_id, i.parent_id,
                   coalesce(o.name, '') AS owner_name, coalesce(pi.name, '') AS parent_name,
                   (SELECT count(*) FROM decision_initiative x WHERE x.initiative_id = i.id)
                     AS decisions,
                   (SELECT count(*) FROM action a WHERE a.initiative_id = i.id
                      AND a.status IN {_OPEN_SQL}) AS open_actions,
                   (SELECT count(*) FROM action a WHERE a.initiative_id = i.id
                      AND a.status IN {_OPEN_SQL} AND a.due_on < ?) AS overdue_actions
            FROM initiative i
            LEFT JOIN organisation o ON o.id = i.owner_organisation_id
            LEFT JOIN initiative pi ON pi.id = i.parent_id
            ORDER BY i.name COLLATE NOCASE, i.id""",
        (t,),
    )


def people(store: Store) -> list[dict[str, Any]]:
    """People by name, with their current roles joined by " · " and their open actions."""
    return store.query(
        f"""SELECT p.id, p.uuid, p.name, p.native_name, p.email,
                   (SELECT group_concat(r.title || CASE WHEN o.name IS NOT NULL
                            THEN ', ' || o.name ELSE '' END, ' · ')
                      FROM person_role r LEFT JOIN organisation o ON o.id = r.organisation_id
                     WHERE r.person_id = p.id) AS roles,
                   (SELECT count(*) FROM action a WHERE a.owner_person_id = p.id
                      AND a.status IN {_OPEN_SQL}) AS open_actions
            FROM person p ORDER BY p.name COLLATE NOCASE, p.id"""
    )


def person_roles(store: Store, person_id: int) -> list[dict[str, Any]]:
    """A person's roles with the organisation's name, earliest first."""
    return store.query(
        """SELECT r.id, r.title, r.start_on, r.end_on, r.organisation_id,
                  coalesce(o.name, '') AS organisation
           FROM person_role r LEFT JOIN organisation o ON o.id = r.organisation_id
           WHERE r.person_id = ? ORDER BY r.start_on IS NULL, r.start_on, r.id""",
        (person_id,),
    )


def memberships(
    store: Store, *, person_id: int | None = None, committee_id: int | None = None
) -> list[dict[str, Any]]:
    """Memberships of a person or of a committee, with both names."""
    clauses, params = [], []
    if person_id is not None:
        clauses.append("m.person_id = ?")
        params.append(person_id)
    if committee_id is not None:
        clauses.append("m.committee_id = ?")
        params.append(committee_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return store.query(
        f"""SELECT m.id, m.role, m.start_on, m.end_on, m.person_id, m.committee_id,
                   p.name AS person, p.native_name AS person_native,
                   c.code AS committee_code, c.name AS committee
            FROM membership m JOIN person p ON p.id = m.person_id
            JOIN committee c ON c.id = m.committee_id{where}
            ORDER BY c.code, p.name COLLATE NOCASE, m.id""",
        params,
    )


def organisations(store: Store) -> list[dict[str, Any]]:
    """Organisations by name, with their parent and open actions."""
    return store.query(
        f"""SELECT o.id, o.uuid, o.name, o.short_name, o.native_name, o.kind, o.parent_id,
                   coalesce(po.name, '') AS parent_name,
                   (SELECT count(*) FROM action a WHERE a.owner_organisation_id = o.id
                      AND a.status IN {_OPEN_SQL}) AS open_actions
            FROM organisation o LEFT JOIN organisation po ON po.id = o.parent_id
            ORDER BY o.name COLLATE NOCASE, o.id"""
    )


def organisation_people(store: Store, organisation_id: int) -> list[dict[str, Any]]:
    """Who holds a role in an organisation."""
    return store.query(
        """SELECT r.id, r.title, r.start_on, r.end_on, p.id AS person_id, p.name AS person,
                  p.native_name AS person_native
           FROM person_role r JOIN person p ON p.id = r.person_id
           WHERE r.organisation_id = ? ORDER BY p.name COLLATE NOCASE, r.id""",
        (organisation_id,),
    )


def committees(store: Store) -> list[dict[str, Any]]:
    """Committees by code, with their parent body and how many meetings and members they have."""
    return store.query(
        """SELECT c.id, c.uuid, c.code, c.name, c.native_name, c.founded_on, c.language,
                  c.timezone, c.description, c.parent_id, coalesce(pc.name, '') AS parent_name,
                  (SELECT count(*) FROM meeting m WHERE m.committee_id = c.id) AS meetings,
                  (SELECT count(*) FROM membership x WHERE x.committee_id = c.id) AS members
           FROM committee c LEFT JOIN committee pc ON pc.id = c.parent_id
           ORDER BY c.code COLLATE NOCASE"""
    )


def owner_actions(
    store: Store, *, person_id: int | None = None, organisation_id: int | None = None
) -> list[dict[str, Any]]:
    """The actions a person or an organisation owns, open ones first, by due date."""
    column, value = (
        ("a.owner_person_id", person_id)
        if person_id is not None
        else ("a.owner_organisation_id", organisation_id)
    )
    return store.query(
        f"SELECT {ACTION_COLUMNS} {ACTION_JOINS} WHERE {column} = ? "
        f"ORDER BY a.status NOT IN {_OPEN_SQL}, a.due_on IS NULL, a.due_on, a.id",
        (value,),
    )


def decision_actions(store: Store, decision_id: int) -> list[dict[str, Any]]:
    """The actions that follow from a decision."""
    return store.query(
        f"SELECT {ACTION_COLUMNS} {ACTION_JOINS} WHERE a.decision_id = ? ORDER BY a.number",
        (decision_id,),
    )


@dataclass
class DecisionFilter:
    """What the Decisions page filters on: words (through the full-text index, so accents,
    case and digit grouping are ignored as in search), status, initiative."""

    text: str = ""
    status: str = ""
    initiative_id: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        from minutier.store import search

        clauses: list[str] = []
        params: list[Any] = []
        if self.status:
            clauses.append("d.status = ?")
            params.append(self.status)
        if self.initiative_id is not None:
            clauses.append(
                "EXISTS (SELECT 1 FROM decision_initiative f "
                "WHERE f.decision_id = d.id AND f.initiative_id = ?)"
            )
            params.append(self.initiative_id)
        words = search.terms(self.text)
        if words:
            matching, match_params = search.matching_ids_sql("decision", words)
            clauses.append(f"d.id IN ({matching})")
            params.extend(match_params)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


DECISION_SORTS = {
    "date": "d.decided_on IS NULL, d.decided_on, d.number",
    "number": "d.committee_id, d.number",
    "status": "d.status, d.decided_on",
    "text": "d.text COLLATE NOCASE",
}


def decision_list(
    store: Store,
    flt: DecisionFilter | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    limit: int = 200,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """One page of decisions matching ``flt``, in an allow-listed order (newest first)."""
    where, params = (flt or DecisionFilter()).where()
    order = DECISION_SORTS[sort]
    if descending:
        order = ", ".join(f"{part.strip()} DESC" for part in order.split(","))
    order += ", d.id"
    sql = f"""SELECT d.id, d.uuid, c.code AS committee_code, d.number, d.text, d.status,
                   d.decided_on, d.votes_for, d.votes_against, d.votes_abstain,
                   m.number AS meeting_number,
                   (SELECT group_concat(i.name, ' · ') FROM decision_initiative x
                      JOIN initiative i ON i.id = x.initiative_id WHERE x.decision_id = d.id)
                     AS initiatives
            FROM decision d JOIN committee c ON c.id = d.committee_id
            LEFT JOIN meeting m ON m.id = d.meeting_id
            ORDER BY {order}"""
    paged = _paged(sql, "decision", "d", f"FROM decision d{where}", order)
    return store.query(paged, [*params, int(limit), int(offset)])


def count_decision_list(store: Store, flt: DecisionFilter | None = None) -> int:
    where, params = (flt or DecisionFilter()).where()
    return int(store.scalar(f"SELECT count(*) FROM decision d{where}", params))
