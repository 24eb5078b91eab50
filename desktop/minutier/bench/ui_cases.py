"""Cases measured on the window's own pieces (Qt models, live mode), offscreen.

Each returns None when the piece it needs is not importable yet, so the caller falls back to
the store-level stand-in of ``store_cases`` and says so in the report.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from typing import Any, ClassVar

from minutier.bench import store_cases
from minutier.bench.context import Bench
from minutier.bench.timing import Case, clock_ms, interleaved
from minutier.store import queries

VISIBLE_ROWS = 40  # rows of a 1280x800 window's table


def application() -> Any:
    """The QApplication (offscreen unless a platform is chosen), prepared as the app does."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        from minutier.ui import launch

        app = launch.prepare()
    return app


def rss_mb() -> float | None:
    """Resident size of this process now (Linux), in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def _actions_model(b: Bench) -> Any:
    try:
        from minutier.ui.models.actions import ActionsModel
    except ImportError:
        return None
    application()
    return ActionsModel(b.store, lambda: b.today)


class _BareTable:
    """The bare Qt limit: a minimal table model over SQL tuples, shown in a plain QTableView."""

    def __init__(self) -> None:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        from PySide6.QtWidgets import QTableView

        class Model(QAbstractTableModel):
            rows: ClassVar[list[tuple]] = []

            def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
                return 0 if parent.isValid() else len(self.rows)

            def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
                return 0 if parent.isValid() else 8

            def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
                if role == Qt.ItemDataRole.DisplayRole:
                    value = self.rows[index.row()][index.column() + 1]
                    return "" if value is None else str(value)
                return None

        self.model = Model()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.resize(1280, 800)
        self.view.show()

    def show(self, rows: list[tuple]) -> None:
        self.model.beginResetModel()
        self.model.rows = rows
        self.model.endResetModel()


def actions_filter(b: Bench) -> Case | None:
    """A filter change on the actions model until the first screenful is laid out and painted.

    Baseline: the same count and first page in bare SQL, shown by a minimal table model in a
    plain QTableView (what SQLite and Qt do with nothing of Minutier in the way).
    """
    model = _actions_model(b)
    if model is None:
        return None
    from PySide6.QtWidgets import QApplication, QTableView

    app_qt = QApplication.instance()
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 800)
    view.show()
    app_qt.processEvents()
    owners = b.top_overdue_owners()
    today = b.today.isoformat()

    def app(i: int) -> None:
        flt = queries.ActionFilter(owner_person_id=owners[i % len(owners)], overdue=True)
        flt.today = b.today
        model.set_filter(flt)
        app_qt.processEvents()  # layout, then every visible cell asks its data and is painted

    def bare(i: int) -> None:
        owner = owners[i % len(owners)]
        rows = b.bare.execute(store_cases.BARE_ACTION_PAGE, (owner, today)).fetchall()
        b.bare.execute(store_cases.BARE_ACTION_COUNT, (owner, today)).fetchone()
        bare_table.show(rows)
        app_qt.processEvents()

    # Not interleaved: each shown window is repainted whenever any is (offscreen), so the two
    # run one after the other, each alone on screen, both after a warm-up round.
    app_ms, _ = interleaved(app, None, b.repeat)
    rows = model.rowCount()
    view.close()
    app_qt.processEvents()
    bare_table = _BareTable()
    app_qt.processEvents()
    bare_ms, _ = interleaved(bare, None, b.repeat)
    bare_table.view.close()
    sql_only = [clock_ms(store_cases.bare_filter, b, owners[i % len(owners)]) for i in range(5)]
    return Case.from_samples(
        "actions: filter owner + overdue, first screenful",
        app_ms,
        bare_ms,
        target_ratio=3.0,
        target_ms=50.0,
        measured="ui ActionsModel.set_filter (count + first page of 200) then the event loop "
        "lays out and paints the first screenful (1280x800), 10 heaviest owners",
        baseline="bare sqlite3 count + first page, shown by a minimal model in a plain "
        "QTableView (laid out and painted)",
        rows_last=rows,
        bare_sql_only_ms=round(sorted(sql_only)[2], 3),
    )


def actions_scroll(b: Bench) -> Case | None:
    """Sort the actions model by due date, then fetchMore until every row is in."""
    model = _actions_model(b)
    if model is None:
        return None
    before = rss_mb()
    steps = [clock_ms(model.sort, model.DUE)]
    while model.canFetchMore():
        steps.append(clock_ms(model.fetchMore))
    rows = model.rowCount()
    after = rss_mb()
    return Case.from_samples(
        f"actions: sort by due date, scroll to the end ({rows:,} rows)",
        steps,
        store_cases.bare_scroll(b),
        target_ratio=None,
        target_ms=100.0,
        on_max=True,
        measured="ui ActionsModel.sort(due) then every fetchMore (worst step checked)",
        baseline="bare sqlite3: one cursor, fetchmany(200) steps",
        steps=len(steps),
        rss_growth_mb=round(after - before, 1) if before and after else None,
    )


def _live_meeting(store: Any) -> int:
    """The next planned meeting (else the latest): where live mode would be typing."""
    row = store.query_one(
        "SELECT id FROM meeting WHERE status = 'planned' ORDER BY starts_at LIMIT 1"
    ) or store.query_one("SELECT id FROM meeting ORDER BY starts_at DESC LIMIT 1")
    return int(row["id"])


def _owner_name(store: Any) -> str:
    row = store.query_one(
        "SELECT name FROM person GROUP BY name HAVING count(*) = 1 ORDER BY name LIMIT 1"
    )
    return str(row["name"])


def live_lines(store: Any, n: int) -> list[str]:
    owner = _owner_name(store)
    forms = (
        "Point d'étape sur le budget de calcul n° {i}",
        "A: @{o} Préparer la note de synthèse {i} d'ici fin mars",
        "D: Le comité approuve le calendrier {i}",
        "N: @{o} annonce 8 000 GPU pour le centre {i}",
        "{i}차 회의 결과 보고",
    )
    return [forms[i % len(forms)].format(i=i, o=owner) for i in range(n)]


def live_mode(b: Bench) -> Case | None:
    """Enter in the live meeting window to the entry committed and shown, vs bare insert+paint."""
    try:
        from minutier.ui.context import AppContext
        from minutier.ui.meetings.live import LiveMeetingWindow, measure_enter
    except ImportError:
        return None
    application()
    from PySide6.QtWidgets import QApplication, QListWidget

    from minutier.store.connection import open_store, register_functions

    path = b.writable_copy()
    # A second copy for the bare baseline: the window's exclusive lock admits no other
    # connection to its own file (issue 10).
    bare_path = path.with_name("bare-" + path.name)
    if not bare_path.exists():
        shutil.copyfile(path, bare_path)
    store = open_store(path, who="benchmark")
    ctx = AppContext(store)
    meeting = _live_meeting(store)
    window = LiveMeetingWindow(ctx, meeting)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    bare = sqlite3.connect(bare_path, isolation_level=None)
    register_functions(bare)  # the search triggers call it: part of any write to this schema
    bare.execute("PRAGMA synchronous = FULL")
    shown = QListWidget()
    shown.show()
    lines = live_lines(store, b.repeat + 2)

    def bare_once(i: int) -> None:
        text = f"Point d'étape sur le budget de calcul n° {i}"
        bare.execute("BEGIN IMMEDIATE")
        bare.execute(
            "INSERT INTO note (uuid, created_at, updated_at, meeting_id, position, text, "
            "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (f"00000000-0000-4000-8000-{i:012d}", "t", "t", meeting, 10_000 + i, text, "t"),
        )
        bare.execute("COMMIT")
        shown.addItem(text)
        shown.viewport().repaint()

    app_ms: list[float] = []
    bare_ms: list[float] = []
    for i, line in enumerate(lines):
        a = measure_enter(window, [line])[0] * 1000
        start = time.perf_counter()
        bare_once(i)
        if i >= 2:  # two warm-up lines
            app_ms.append(a)
            bare_ms.append((time.perf_counter() - start) * 1000)
    window.close()
    shown.close()
    bare.close()
    store.close()
    return Case.from_samples(
        "live mode: Enter to committed and shown",
        app_ms,
        bare_ms,
        target_ratio=None,
        target_ms=30.0,
        measured="ui.meetings.live.measure_enter: note, action, decision, announcement lines",
        baseline="bare sqlite3 INSERT + COMMIT (synchronous FULL) + QListWidget add and repaint",
    )


def timeline(b: Bench) -> Case | None:
    """The Initiatives page's detail showing the flagship initiative's whole timeline."""
    try:
        from minutier.ui.context import AppContext
        from minutier.ui.pages.initiatives import InitiativeDetail
    except ImportError:
        return None
    application()
    flagship = int(b.facts.get("flagship_initiative_id", 1))
    detail = InitiativeDetail(AppContext(b.store))
    detail.resize(1280, 800)
    detail.show()

    def app(i: int) -> None:
        detail.show_initiative(None)
        detail.show_initiative(flagship)
        detail.repaint()

    app_ms, bare_ms = interleaved(
        app,
        lambda i: b.bare.execute(store_cases.BARE_TIMELINE, {"i": flagship, "o": 0}).fetchall(),
        b.repeat,
    )
    model = getattr(detail, "timeline_model", None)  # a table model since the tree was too slow
    shown = len(model.entries) if model is not None else detail.timeline.topLevelItemCount()
    entries = len(queries.initiative_timeline(b.store, flagship))
    detail.close()
    return Case.from_samples(
        f"initiative timeline ({entries:,} entries)",
        app_ms,
        bare_ms,
        target_ratio=None,
        target_ms=200.0,
        measured="ui InitiativeDetail.show_initiative (facts + timeline, first page "
        f"of {shown:,} rows, the rest on scroll) and repaint",
        baseline=f"bare sqlite3: the newest {store_cases.PAGE} entries from the ordered index "
        "(m021), with their text",
        entries=entries,
        rows_shown=shown,
        last_page_ms=store_cases.last_page_ms(b, flagship, entries),
    )
