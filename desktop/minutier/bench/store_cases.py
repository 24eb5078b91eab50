"""Cases measured on the storage layer, each against the bare SQLite query doing the same work.

Where the window's own piece exists (``ui_cases``) it is measured instead; these remain as the
stand-ins, labelled as such, and as the cases that have no window part (search, timeline SQL).
"""

from __future__ import annotations

import sqlite3

from minutier.bench.context import OPEN_SQL, Bench
from minutier.bench.timing import Case, clock_ms, interleaved, steps_ms
from minutier.store import queries, search

PAGE = 200  # rows a list fetches at a time (the actions model's page)
SEARCH_LIMIT = 200  # hits the Search page asks for

BARE_ACTION_PAGE = f"""
    SELECT a.id, c.code, a.number, a.text, coalesce(p.name, o.name, ''), a.due_on, a.status,
           a.priority, i.name, m.number
    FROM action a JOIN committee c ON c.id = a.committee_id
    LEFT JOIN meeting m ON m.id = a.meeting_id
    LEFT JOIN initiative i ON i.id = a.initiative_id
    LEFT JOIN person p ON p.id = a.owner_person_id
    LEFT JOIN organisation o ON o.id = a.owner_organisation_id
    WHERE a.owner_person_id = ? AND a.status IN {OPEN_SQL} AND a.due_on < ?
    ORDER BY a.due_on LIMIT {PAGE}"""
BARE_ACTION_COUNT = (
    f"SELECT count(*) FROM action WHERE owner_person_id = ? AND status IN {OPEN_SQL} AND due_on < ?"
)
BARE_ALL_BY_DUE = """
    SELECT a.id, c.code, a.number, a.text, coalesce(p.name, o.name, ''), a.due_on, a.status,
           a.priority, i.name, m.number
    FROM action a JOIN committee c ON c.id = a.committee_id
    LEFT JOIN meeting m ON m.id = a.meeting_id
    LEFT JOIN initiative i ON i.id = a.initiative_id
    LEFT JOIN person p ON p.id = a.owner_person_id
    LEFT JOIN organisation o ON o.id = a.owner_organisation_id
    ORDER BY a.due_on IS NULL, a.due_on, a.id"""
# The timeline's first page as plain SQL: the newest entries from the index kept in the
# timeline's order (m021, ``store.timeline_index``), then each one's text. Before m021 the
# baseline read and sorted every linked record (the only way then; 6.4 ms at 1x, 34 ms at 4x).
BARE_TIMELINE = f"""
    WITH page AS MATERIALIZED (
        SELECT kind, record_id, on_date FROM timeline_entry WHERE initiative_id = :i
         ORDER BY on_date DESC, kind, record_id DESC LIMIT {PAGE} OFFSET :o)
    SELECT p.kind, p.record_id, p.on_date, coalesce(d.text, a.text, x.text, m.title)
      FROM page p
      LEFT JOIN decision d ON p.kind = 2 AND d.id = p.record_id
      LEFT JOIN announcement a ON p.kind = 1 AND a.id = p.record_id
      LEFT JOIN action x ON p.kind = 0 AND x.id = p.record_id
      LEFT JOIN meeting m ON p.kind = 3 AND m.id = p.record_id"""


def bare_filter(b: Bench, owner: int) -> None:
    today = b.today.isoformat()
    b.bare.execute(BARE_ACTION_PAGE, (owner, today)).fetchall()
    b.bare.execute(BARE_ACTION_COUNT, (owner, today)).fetchone()


def actions_filter(b: Bench) -> Case:
    """Stand-in: the query the actions page runs on a filter change (count + first page)."""
    owners = b.top_overdue_owners()

    def app(i: int) -> None:
        flt = queries.ActionFilter(owner_person_id=owners[i % len(owners)], overdue=True)
        flt.today = b.today
        queries.count_actions(b.store, flt)
        queries.actions(b.store, flt, sort="due", limit=PAGE)

    app_ms, bare_ms = interleaved(app, lambda i: bare_filter(b, owners[i % len(owners)]), b.repeat)
    return Case.from_samples(
        "actions: filter owner + overdue, first screenful",
        app_ms,
        bare_ms,
        target_ratio=3.0,
        target_ms=50.0,
        measured=f"STAND-IN store.queries count_actions + actions(limit={PAGE}), 10 heaviest owners",
        baseline="bare sqlite3: count + first page, same owners",
    )


def bare_scroll(b: Bench) -> list[float]:
    """The bare limit of scrolling: one cursor over every action by due date, a page per step."""
    cursor = b.bare.cursor()
    first = clock_ms(lambda: cursor.execute(BARE_ALL_BY_DUE).fetchmany(PAGE))
    return [first, *steps_ms(lambda: cursor.fetchmany(PAGE))]


def actions_scroll(b: Bench) -> Case:
    """Stand-in: sort by due date, then every page to the end, as the list's model asks them."""
    flt = queries.ActionFilter()
    flt.today = b.today
    total = queries.count_actions(b.store, flt)
    app_ms = [clock_ms(lambda: queries.actions(b.store, flt, sort="due", limit=PAGE))]
    for offset in range(PAGE, total, PAGE):
        app_ms.append(
            clock_ms(
                lambda o=offset: queries.actions(b.store, flt, sort="due", limit=PAGE, offset=o)
            )
        )
    return Case.from_samples(
        f"actions: sort by due date, scroll to the end ({total:,} rows)",
        app_ms,
        bare_scroll(b),
        target_ratio=None,
        target_ms=100.0,
        on_max=True,
        measured=f"STAND-IN store.queries.actions pages of {PAGE} (the model's fetchMore query)",
        baseline=f"bare sqlite3: one cursor, fetchmany({PAGE}) steps",
        steps=len(app_ms),
    )


def search_term(b: Bench, label: str, term: str) -> Case:
    """What the search box runs (ranked hits with snippets) vs the raw FTS5 query."""
    statements: list[str] = []  # the index queries the design runs, replayed bare
    # (only the top-level statements: FTS5 reports its own reads of its shadow tables too)
    b.store.conn.set_trace_callback(
        lambda sql: (
            statements.append(sql)
            if sql.startswith(("SELECT rowid,", "SELECT id,", "SELECT t.id,"))
            else None
        )
    )
    try:
        search.search(b.store, term, limit=SEARCH_LIMIT)
    finally:
        b.store.conn.set_trace_callback(None)
    hits = search.count(b.store, term)

    def bare(i: int) -> None:
        for sql in statements:
            b.bare.execute(sql).fetchall()

    app_ms, bare_ms = interleaved(
        lambda i: search.search(b.store, term, limit=SEARCH_LIMIT), bare, b.repeat
    )
    return Case.from_samples(
        f"search: {label} term “{term}” ({hits:,} records)",
        app_ms,
        bare_ms,
        target_ratio=2.0,
        target_ms=30.0,
        measured=f"store.search.search(limit={SEARCH_LIMIT}) as the Search page calls it: "
        "ranked hits with their texts and snippets",
        baseline=f"bare sqlite3: the {len(statements)} statements of the design (newest "
        "matches of each kind with their folded text, then the hits' texts and labels), "
        "without the ranking and snippets made in Python",
        matches=hits,
        index_queries=len(statements),
    )


def timeline(b: Bench) -> Case:
    """The initiative with the most linked records: the first page of its timeline."""
    flagship = int(b.facts.get("flagship_initiative_id", 1))
    rows = len(queries.initiative_timeline(b.store, flagship))
    app_ms, bare_ms = interleaved(
        lambda i: queries.initiative_timeline(b.store, flagship, limit=PAGE),
        lambda i: b.bare.execute(BARE_TIMELINE, {"i": flagship, "o": 0}).fetchall(),
        b.repeat,
    )
    return Case.from_samples(
        f"initiative timeline ({rows:,} entries)",
        app_ms,
        bare_ms,
        target_ratio=None,
        target_ms=200.0,
        measured=f"store.queries.initiative_timeline, first page of {PAGE} (decisions, "
        "announcements, actions, meetings)",
        baseline=f"bare sqlite3: the newest {PAGE} entries from the ordered index, with their text",
        entries=rows,
        last_page_ms=last_page_ms(b, flagship, rows),
    )


def last_page_ms(b: Bench, initiative: int, entries: int) -> float:
    """Median time of the timeline's last page (the model's ``fetchMore`` scrolled to the end)."""
    offset = max(0, entries - PAGE)
    samples = [
        clock_ms(
            lambda: queries.initiative_timeline(b.store, initiative, limit=PAGE, offset=offset)
        )
        for _ in range(max(3, b.repeat // 2))
    ]
    return round(sorted(samples)[len(samples) // 2], 2)


def dashboard(b: Bench) -> Case:
    """The dashboard's figures (part of every cold start) vs the same statements run bare."""
    recorder: list[tuple[str, object]] = []

    class Recorder:  # captures the statements dashboard() runs, to replay them bare
        def query(self, sql: str, params: object = ()) -> list:
            recorder.append((sql, params))
            return []

        def scalar(self, sql: str, params: object = ()) -> int:
            recorder.append((sql, params))
            return 0

    queries.dashboard(Recorder(), b.today)  # type: ignore[arg-type]

    def bare(i: int) -> None:
        for sql, params in recorder:
            b.bare.execute(sql, params).fetchall()

    app_ms, bare_ms = interleaved(lambda i: queries.dashboard(b.store, b.today), bare, b.repeat)
    return Case.from_samples(
        "dashboard figures",
        app_ms,
        bare_ms,
        target_ratio=None,
        target_ms=100.0,
        measured="store.queries.dashboard (open/overdue, by owner, upcoming, closed per month)",
        baseline=f"bare sqlite3: the same {len(recorder)} statements",
    )


def open_check(b: Bench) -> Case:
    """Opening for writing: what it costs to read every page first (``quick_check``, issue 10).

    Minutier's writable open of the archive (read-only probe with ``quick_check``, then the
    exclusive writer, then close) against a bare ``sqlite3`` open that reads one row.
    """
    from minutier.store.connection import open_store

    path = b.writable_copy()

    def app(i: int) -> None:
        open_store(path, who="benchmark").close()

    def bare(i: int) -> None:
        conn = sqlite3.connect(path)
        conn.execute("SELECT count(*) FROM meta").fetchone()
        conn.close()

    app_ms, bare_ms = interleaved(app, bare, max(3, b.repeat // 10))
    size_mb = path.stat().st_size / 1e6
    return Case.from_samples(
        f"open for writing with quick_check ({size_mb:,.0f} MB)",
        app_ms,
        bare_ms,
        target_ratio=None,
        target_ms=None,
        measured="store.connection.open_store: read-only probe + PRAGMA quick_check, "
        "exclusive writer, checkpoint at close",
        baseline="bare sqlite3: open, read one row, close",
    )
