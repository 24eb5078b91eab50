"""The list queries on a generated archive: pages equal slices of the whole list, and use indexes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from minutier.services import generate
from minutier.store import queries
from minutier.store.connection import Store, open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path: Path = generate.generate(tmp_path_factory.mktemp("q") / "q.minutier", scale=0.01).path
    with open_store(path, readonly=True) as s:
        yield s


def _filters(store: Store) -> list[queries.ActionFilter]:
    today = generate.REFERENCE_TODAY
    owner = store.scalar(
        "SELECT owner_person_id FROM action WHERE owner_person_id IS NOT NULL "
        "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    )
    return [
        queries.ActionFilter(today=today),
        queries.ActionFilter(open_only=True, today=today),
        queries.ActionFilter(owner_person_id=owner, overdue=True, today=today),
        queries.ActionFilter(text="budget", committee_id=2, today=today),
    ]


@pytest.mark.parametrize("key", sorted(queries.ACTION_SORTS))
def test_every_page_is_the_slice_of_the_whole_list(store: Store, key: str) -> None:
    for flt in _filters(store):
        for descending in (False, True):
            whole = queries.actions(store, flt, sort=key, descending=descending)
            assert len(whole) == queries.count_actions(store, flt)
            for offset in (0, 13, len(whole) // 2, max(0, len(whole) - 7), len(whole)):
                page = queries.actions(
                    store, flt, sort=key, descending=descending, limit=40, offset=offset
                )
                assert page == whole[offset : offset + 40], (key, descending, offset)


def test_due_order_puts_undated_actions_last(store: Store) -> None:
    rows = queries.actions(store, queries.ActionFilter(today=dt.date(2026, 12, 1)), sort="due")
    dues = [r["due_on"] for r in rows]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated) and dues[len(dated) :] == [None] * (len(dues) - len(dated))


def _plan(store: Store, sql: str, params: list) -> str:
    return " / ".join(r["detail"] for r in store.query("EXPLAIN QUERY PLAN " + sql, params))


def test_sorting_by_due_date_reads_the_index_not_a_sort(store: Store) -> None:
    sql = "SELECT a.id FROM action a ORDER BY a.due_on IS NULL, a.due_on, a.id LIMIT ? OFFSET ?"
    plan = _plan(store, sql, [200, 0])
    assert "idx_action_due_order" in plan and "TEMP B-TREE" not in plan, plan


def test_owner_and_overdue_filter_uses_the_owner_index(store: Store) -> None:
    flt = _filters(store)[2]
    where, params = flt.where()
    plan = _plan(store, f"SELECT count(*) FROM action a{where}", params)
    assert "idx_action_owner_person_id_status" in plan, plan


def test_the_timeline_of_the_flagship_initiative(store: Store) -> None:
    rows = queries.initiative_timeline(store, 1)
    kinds = {r["kind"] for r in rows}
    assert {"decision", "action", "meeting"} <= kinds
    dates = [r["on_date"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    linked = store.scalar(
        "SELECT (SELECT count(*) FROM decision_initiative WHERE initiative_id = 1)"
        " + (SELECT count(*) FROM announcement_initiative WHERE initiative_id = 1)"
        " + (SELECT count(*) FROM action WHERE initiative_id = 1)"
    )
    assert len([r for r in rows if r["kind"] != "meeting"]) == linked


def test_dashboard_owners_match_a_count_by_hand(store: Store) -> None:
    today = generate.REFERENCE_TODAY
    counts: dict[str, list[int]] = {}
    for r in store.query(
        "SELECT coalesce(p.name, o.name, '') AS owner, a.owner_person_id AS pid, "
        "a.owner_organisation_id AS oid, a.due_on FROM action a "
        "LEFT JOIN person p ON p.id = a.owner_person_id "
        "LEFT JOIN organisation o ON o.id = a.owner_organisation_id "
        "WHERE a.status IN ('open', 'in_progress', 'blocked')"
    ):
        c = counts.setdefault((r["pid"], r["oid"], r["owner"]), [0, 0])
        c[0] += 1
        c[1] += bool(r["due_on"] and r["due_on"] < today.isoformat())
    want = sorted(((-v[0], k[2], v[1]) for k, v in counts.items()))[:20]
    got = queries.dashboard(store, today)["by_owner"]
    assert [(-r["open"], r["owner"], r["overdue"] or 0) for r in got] == want


@pytest.mark.parametrize("query", ["budget", "위원회", "photonique", "8000", "é", "xyzzy"])
def test_search_hits_carry_their_own_records_text(store: Store, query: str) -> None:
    from minutier.store import search
    from minutier.store.search_schema import KIND_BY_TABLE

    hits = search.search(store, query, limit=300)
    assert len(hits) <= 300
    for hit in hits:
        k = KIND_BY_TABLE[hit.kind]
        text = store.scalar(f"SELECT {k.expression('t')} FROM {hit.kind} t WHERE id = ?", (hit.id,))
        assert hit.text == text.strip()
        assert all(0 <= s < e <= len(hit.snippet) for s, e in hit.highlights)


def test_dashboard_closings_read_their_index(store: Store) -> None:
    sql = (
        "SELECT substr(closed_on, 1, 7) AS month, count(*) FROM action WHERE closed_on >= ? "
        "GROUP BY month"
    )
    plan = _plan(store, sql, ["2026-01-01"])
    assert "COVERING INDEX idx_action_closed_on" in plan, plan


@pytest.mark.parametrize(
    ("fn", "count", "kw"),
    [
        (queries.meetings, queries.count_meetings, {}),
        (queries.meetings, queries.count_meetings, {"committee_id": 2}),
        (queries.meetings, queries.count_meetings, {"status": "minutes_approved"}),
        (queries.decisions, queries.count_decisions, {}),
        (queries.decisions, queries.count_decisions, {"initiative_id": 1}),
    ],
)
def test_meeting_and_decision_pages_are_slices(store: Store, fn, count, kw) -> None:
    whole = fn(store, **kw)
    assert len(whole) == count(store, **kw) > 0
    for offset in (0, 3, len(whole) // 2, max(0, len(whole) - 4), len(whole)):
        assert fn(store, limit=25, offset=offset, **kw) == whole[offset : offset + 25]


def test_decision_pages_read_the_order_index(store: Store) -> None:
    sql = "SELECT d.id FROM decision d ORDER BY d.decided_on DESC, d.number DESC, d.id DESC"
    plan = _plan(store, sql + " LIMIT ? OFFSET ?", [20, 40])
    assert "COVERING INDEX idx_decision_order" in plan and "TEMP B-TREE" not in plan, plan
