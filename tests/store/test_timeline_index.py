"""Each initiative's timeline, kept in order by triggers, stays what the records say it is.

Whatever is done to links, decisions, announcements, actions and meetings (and undone), the
table ``timeline_entry`` holds exactly the entries derived from the records, and
``queries.initiative_timeline`` answers what the query that sorted every linked record did.
"""

from __future__ import annotations

import random
import re

from plan_util import Recorder, plan

from minutier.services import history, meetings, records
from minutier.store import queries, schema, timeline_index
from minutier.store.connection import Store

# The query of the timeline before m021: every linked record read and sorted (the oracle).
SORTED_EVERY_RECORD = """
    WITH ds AS (SELECT decision_id AS id FROM decision_initiative WHERE initiative_id = :i),
         ans AS (SELECT announcement_id AS id FROM announcement_initiative
                 WHERE initiative_id = :i),
         acs AS (SELECT id FROM action WHERE initiative_id = :i)
    SELECT 'decision' AS kind, d.id AS id,
           coalesce(d.decided_on, substr(m.starts_at, 1, 10)) AS on_date,
           d.text, d.status, d.meeting_id, c.code AS committee_code, d.number
      FROM ds JOIN decision d ON d.id = ds.id JOIN committee c ON c.id = d.committee_id
      LEFT JOIN meeting m ON m.id = d.meeting_id
    UNION ALL
    SELECT 'announcement', a.id, coalesce(a.made_on, substr(m.starts_at, 1, 10)), a.text,
           '', a.meeting_id, c.code, NULL
      FROM ans JOIN announcement a ON a.id = ans.id LEFT JOIN meeting m ON m.id = a.meeting_id
      LEFT JOIN committee c ON c.id = m.committee_id
    UNION ALL
    SELECT 'action', x.id, coalesce(x.due_on, substr(m.starts_at, 1, 10),
           substr(x.created_at, 1, 10)), x.text, x.status, x.meeting_id, c.code, x.number
      FROM acs JOIN action x ON x.id = acs.id JOIN committee c ON c.id = x.committee_id
      LEFT JOIN meeting m ON m.id = x.meeting_id
    UNION ALL
    SELECT 'meeting', m.id, substr(m.starts_at, 1, 10), m.title, m.status, m.id, c.code, m.number
      FROM meeting m JOIN committee c ON c.id = m.committee_id
     WHERE m.id IN (SELECT meeting_id FROM decision WHERE id IN (SELECT id FROM ds)
                    UNION SELECT meeting_id FROM announcement WHERE id IN (SELECT id FROM ans)
                    UNION SELECT meeting_id FROM action WHERE id IN (SELECT id FROM acs))
    ORDER BY on_date DESC, kind, id DESC"""


def kept(store: Store, initiative: int) -> list[tuple]:
    rows = store.conn.execute(
        "SELECT initiative_id, kind, record_id, on_date FROM timeline_entry "
        "WHERE initiative_id = ?",
        (initiative,),
    ).fetchall()
    return sorted((tuple(r) for r in rows), key=repr)


def derived(store: Store, initiative: int) -> list[tuple]:
    return sorted((tuple(r) for r in timeline_index.derived(store.conn, initiative)), key=repr)


def oracle(store: Store, initiative: int) -> list[dict]:
    return store.query(SORTED_EVERY_RECORD, {"i": initiative})


def assert_in_step(store: Store, initiatives: list[int], where: object) -> None:
    for i in initiatives:
        assert kept(store, i) == derived(store, i), (where, i)
        assert queries.initiative_timeline(store, i) == oracle(store, i), (where, i)
    total = store.scalar("SELECT count(*) FROM timeline_entry")
    assert total == sum(len(derived(store, i)) for i in initiatives), where


def day(rnd: random.Random) -> str | None:
    return (
        None
        if rnd.random() < 0.25
        else f"20{rnd.randint(20, 26)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"
    )


def test_the_kept_timeline_follows_every_change_and_undo(store: Store, committee: int) -> None:
    rnd = random.Random(17)
    initiatives = [
        records.create(store, "initiative", {"name": f"Initiative {n}"}) for n in range(3)
    ]
    rooms = [
        meetings.plan_meeting(store, committee, f"2025-0{n + 1}-1{n}T10:00", title=f"Réunion {n}")
        for n in range(4)
    ]
    made: dict[str, list[int]] = {"decision": [], "announcement": [], "action": []}
    numbers = {"decision": 0, "action": 0}

    def maybe_meeting() -> int | None:
        return rnd.choice([None, *rooms])

    for step in range(160):
        move = rnd.random()
        kind = rnd.choice(("decision", "announcement", "action"))
        if move < 0.3 or not made[kind]:
            values: dict[str, object] = {"text": f'{kind} {step} — 위원회 <&">'}
            room = maybe_meeting()
            if kind == "decision":
                numbers[kind] += 1
                values |= {"committee_id": committee, "number": numbers[kind],
                           "meeting_id": room, "decided_on": day(rnd)}  # fmt: skip
            elif kind == "action":
                numbers[kind] += 1
                values |= {"committee_id": committee, "number": numbers[kind], "meeting_id": room,
                           "due_on": day(rnd), "initiative_id": rnd.choice([None, *initiatives])}  # fmt: skip
            else:
                values |= {"meeting_id": room or rooms[0], "made_on": day(rnd)}
            made[kind].append(records.create(store, kind, values))
        elif move < 0.5 and kind != "action":
            link = f"{kind}_initiative"
            target, initiative = rnd.choice(made[kind]), rnd.choice(initiatives)
            exists = store.scalar(
                f"SELECT id FROM {link} WHERE {kind}_id = ? AND initiative_id = ?",
                (target, initiative),
            )
            with store.operation("Link initiatives") as op:
                if exists:
                    op.delete(link, exists)
                else:
                    op.insert(link, {f"{kind}_id": target, "initiative_id": initiative})
        elif move < 0.75:
            target = rnd.choice(made[kind])
            column = {"decision": "decided_on", "announcement": "made_on", "action": "due_on"}[kind]
            changes: dict[str, object] = {column: day(rnd)} if rnd.random() < 0.6 else {}
            if kind != "announcement" and rnd.random() < 0.5:
                changes["meeting_id"] = maybe_meeting()
            if kind == "action" and rnd.random() < 0.5:
                changes["initiative_id"] = rnd.choice([None, *initiatives])
            if kind == "announcement" and changes.get(column, 1) is None:
                changes["meeting_id"] = rnd.choice(rooms)
            if changes:
                records.update(store, kind, target, changes)
        elif move < 0.85:
            room = rnd.choice(rooms)
            records.update(
                store,
                "meeting",
                room,
                {"starts_at": f"2024-1{rnd.randint(0, 2)}-0{rnd.randint(1, 9)}T09:00"},
            )
        elif move < 0.93:
            target = made[kind].pop(rnd.randrange(len(made[kind])))
            records.delete(store, kind, target)
        else:
            last = store.scalar("SELECT max(op) FROM history")
            if last:
                history.revert(store, int(last))
                for k in made:
                    made[k] = [r[0] for r in store.conn.execute(f"SELECT id FROM {k}")]
        assert_in_step(store, initiatives, step)
    assert any(kept(store, i) for i in initiatives)
    assert {r[0] for r in store.conn.execute("SELECT DISTINCT kind FROM timeline_entry")} == {
        0,
        1,
        2,
        3,
    }


def test_pages_are_slices_of_the_whole_timeline(store: Store, committee: int) -> None:
    initiative = records.create(store, "initiative", {"name": "Centre national de calcul IA"})
    room = meetings.plan_meeting(store, committee, "2025-02-16T10:00", title="Réunion")
    for n in range(1, 40):
        records.create(store, "action", {"committee_id": committee, "number": n, "text": f"a{n}",
                                         "due_on": f"2025-03-{n % 28 + 1:02d}" if n % 3 else None,
                                         "meeting_id": room if n % 2 else None,
                                         "initiative_id": initiative})  # fmt: skip
    whole = queries.initiative_timeline(store, initiative)
    assert whole == oracle(store, initiative) and len(whole) == 40
    pages = [
        queries.initiative_timeline(store, initiative, limit=7, offset=o) for o in range(0, 42, 7)
    ]
    assert [row for page in pages for row in page] == whole


def test_a_page_reads_the_ordered_index_and_sorts_only_the_page(store: Store) -> None:
    rec = Recorder()
    queries.initiative_timeline(rec, 1, limit=200, offset=400)  # type: ignore[arg-type]
    ((sql, params),) = rec.statements
    text = plan(store, sql, params)
    # The page comes from the index in the timeline's own order, with no sort of the
    # initiative's entries before the LIMIT (the old query sorted every linked record);
    # only the page's rows (at most 200) are read again, by key, and merged in order.
    assert "MATERIALIZE page | " in text, text  # the old query: SCAN ds, ans, acs, then sort all
    page = text.split("MATERIALIZE page | ")[1].split(" | SCAN p")[0]
    ordered = (
        "SEARCH timeline_entry USING COVERING INDEX idx_timeline_entry_order (initiative_id=?)"
    )
    assert page == ordered, text
    assert re.findall(r"\bSCAN \w+", text) == ["SCAN p"] * 4, text


def test_the_triggers_read_one_record_or_one_meeting_never_a_table(store: Store) -> None:
    for name, (_event, body) in timeline_index._triggers().items():
        for statement in body:
            sql = re.sub(r"\b(new|old)\.\w+", "?", statement)
            text = plan(store, sql, (1,) * sql.count("?"))
            assert not re.search(r"\bSCAN (?!i\b)", text), (name, statement, text)


def test_restore_triggers_brings_the_timeline_back_after_a_transform(
    store: Store, committee: int
) -> None:
    initiative = records.create(store, "initiative", {"name": "Après"})
    store.db["action"].transform(types={"text": str})
    store.db["decision"].transform(types={"text": str})
    schema.restore_triggers(store.db)
    records.create(store, "action", {"committee_id": committee, "number": 1, "text": "après",
                                     "initiative_id": initiative})  # fmt: skip
    assert kept(store, initiative) == derived(store, initiative) != []


def test_a_clone_sized_insert_derives_the_timelines_once_and_keeps_them_right(
    store: Store, committee: int
) -> None:
    from minutier.services.sync import share

    initiative = records.create(store, "initiative", {"name": "Centre national de calcul IA"})
    room = meetings.plan_meeting(store, committee, "2025-02-16T10:00", title="Réunion")
    cols = ("id", "uuid", "created_at", "updated_at", "committee_id", "number", "text",
            "meeting_id", "initiative_id", "due_on")  # fmt: skip
    rows = [
        [
            n,
            f"00000000-0000-4000-8000-{n:012d}",
            "2025-01-01T00:00:00Z",
            "2025-01-01T00:00:00Z",
            committee,
            n,
            f"action {n}",
            room if n % 2 else None,
            initiative,
            f"2025-{n % 12 + 1:02d}-01" if n % 5 else None,
        ]
        for n in range(1, 1201)
    ]
    with store.transaction():
        share._insert_batches(store, {("action", cols): rows})
    assert kept(store, initiative) == derived(store, initiative)
    assert len(kept(store, initiative)) == 1201  # 1,200 actions and their meeting
    names = {
        r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    assert set(timeline_index.trigger_names()) <= names  # back for the next edit
    records.update(store, "action", 2, {"meeting_id": room})
    assert kept(store, initiative) == derived(store, initiative)
