"""The initiative timeline's table model: newest first, cells written when shown, never None."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt

from minutier.services import actions
from minutier.store import queries
from minutier.store.connection import open_store
from minutier.ui.models.timeline import TimelineModel

R = Qt.ItemDataRole
KINDS = {
    "meeting": "Meeting",
    "decision": "Decision",
    "announcement": "Announcement",
    "action": "Action",
}
TODAY = dt.date(2025, 4, 15)


def _model() -> TimelineModel:
    return TimelineModel(["Date", "What", "Where"], KINDS, "Nothing is linked.", lambda: TODAY)


def _entry(kind: str, n: int, day: str, status: str = "", text: str = "") -> dict[str, Any]:
    return {
        "kind": kind,
        "id": n,
        "on_date": day,
        "text": text or f"{kind} {n}",
        "status": status,
        "meeting_id": None,
        "committee_code": "CSIIA",
        "number": n,
    }


def test_entries_of_an_initiative_are_shown_newest_first(app, register: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(register)
    try:
        initiative = store.scalar("SELECT id FROM initiative WHERE code = 'SC6'")
        actions.create_action(
            store, "Rapport final", due="2031-01-15", initiative_id=initiative, committee_id=2
        )
        actions.create_action(
            store, "Premier jalon", due="2020-03-01", initiative_id=initiative, committee_id=2
        )
        model = _model()
        model.set_entries(queries.initiative_timeline(store, initiative))
    finally:
        store.close()
    shown = [model.index(r, model.WHAT).data() for r in range(model.rowCount())]
    assert "Rapport final" in shown[0]
    assert model.index(0, model.DATE).data() == "15 January 2031"
    assert "Premier jalon" in shown[-1]
    days = [model.entry(r)["on_date"] for r in range(model.rowCount())]
    assert days == sorted(days, reverse=True)
    # The old open action is overdue: warned in words, bold and red.
    last = model.rowCount() - 1
    assert shown[-1].startswith("⚠ Action CSIIA-")
    assert model.index(last, model.WHAT).data(R.FontRole).bold()
    assert model.index(last, model.WHAT).data(R.ForegroundRole).color().name() == "#b3261e"
    assert not model.index(0, model.WHAT).data(R.FontRole).bold()


def test_cells_are_written_only_when_asked() -> None:
    model = _model()
    model.set_entries([_entry("decision", n, f"2024-01-{1 + n % 28:02d}") for n in range(3000)])
    assert model.rowCount() == 3000
    assert model._what == {}
    assert model.index(2, model.WHAT).data() == "Decision CSIIA #2 — decision 2"
    assert list(model._what) == [2]


def test_statuses_references_and_the_record_to_open() -> None:
    model = _model()
    model.set_entries(
        [
            _entry("action", 7, "2025-06-30", "open"),
            _entry("meeting", 3, "2025-02-16", "held", "Séance plénière"),
            _entry("decision", 4, "2025-02-16", "adopted"),
            _entry("announcement", 9, "2025-02-16"),
            _entry("action", 8, "2025-03-31", "done"),
        ]
    )
    what = [model.index(r, model.WHAT).data() for r in range(5)]
    assert what[0] == "Action CSIIA-7 — action 7 [Open]"
    assert what[1] == "Meeting CSIIA/3 — Séance plénière [Held]"
    assert what[2].startswith("Decision CSIIA #4 — decision 4 [")
    assert what[3] == "Announcement — announcement 9"
    assert not what[4].startswith("⚠")  # done: not overdue though its date is past
    assert model.index(1, model.WHERE).data() == "CSIIA"
    assert model.index(1, 0).data(R.UserRole) == ("meeting", 3)
    assert model.record(0) == ("action", 7)
    assert model.index(0, model.WHAT).data(R.ToolTipRole) == "action 7"


def test_an_empty_timeline_says_so_and_opens_nothing() -> None:
    model = _model()
    model.set_entries([])
    assert model.rowCount() == 1
    assert model.index(0, model.WHAT).data() == "Nothing is linked."
    assert model.flags(model.index(0, model.WHAT)) == Qt.ItemFlag.NoItemFlags
    assert model.record(0) is None


def test_every_role_has_an_answer_other_than_none(app) -> None:  # type: ignore[no-untyped-def]
    for entries in ([], [_entry("action", 1, "2024-01-01", "open"), _entry("decision", 2, "")]):
        model = _model()
        model.set_entries(entries)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in [*range(0, 40), *range(256, 262)]:
                    assert model.data(model.index(row, column), role) is not None, role
        for section in range(3):
            for role in [*range(0, 40), *range(256, 262)]:
                for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
                    assert model.headerData(section, orientation, role) is not None
        assert model.data(QModelIndex(), R.DisplayRole) is not None


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(max_size=300),
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    kind=st.sampled_from(list(KINDS)),
)
def test_any_text_and_date_are_shown_as_given(qapp, text: str, day: dt.date, kind: str) -> None:  # type: ignore[no-untyped-def]
    model = _model()
    status = {"action": "open", "decision": "adopted", "meeting": "held"}.get(kind, "")
    model.set_entries([_entry(kind, 1, day.isoformat(), status, text or "x")])
    assert (text or "x") in model.index(0, model.WHAT).data()
    assert model.index(0, model.WHAT).data(R.ToolTipRole) == (text or "x")
    assert str(day.year) in model.index(0, model.DATE).data()
    late = kind == "action" and day < TODAY
    assert model.index(0, model.WHAT).data(R.FontRole).bold() == late


def test_a_long_timeline_comes_a_page_at_a_time_in_order(app) -> None:  # type: ignore[no-untyped-def]
    from minutier.ui.models import timeline

    entries = [_entry("decision", n, f"2024-01-{1 + (n // 20) % 28:02d}") for n in range(450)]
    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[dict[str, Any]]:
        asked.append((offset, limit))
        return entries[offset : offset + limit]

    model = _model()
    model.set_source(fetch)
    assert model.rowCount() == timeline.PAGE and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.entries == entries
    assert asked == [(0, timeline.PAGE), (200, timeline.PAGE), (400, timeline.PAGE)]
    model.set_entries(entries[:3])
    assert not model.canFetchMore(QModelIndex())


def test_timeline_pages_join_up_to_the_whole_timeline(register: Path) -> None:
    with open_store(register) as store:
        initiative = store.scalar("SELECT id FROM initiative WHERE code = 'SC6'")
        whole = queries.initiative_timeline(store, initiative)
        paged = []
        for offset in range(0, len(whole) + 3, 3):
            paged += queries.initiative_timeline(store, initiative, limit=3, offset=offset)
    assert len(whole) > 3 and paged == whole
