"""Issue 10, point 9: shutdown, clocks and permissions — other time zones, midnight, umask 000.

Each runs the real thing: a process under ``TZ=America/Adak``, a process under ``umask 000``,
the window quit with the live-meeting window open.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX time zones and umask")

APPROVE_TODAY = textwrap.dedent(
    """
    import datetime as dt, sys
    from zoneinfo import ZoneInfo
    from minutier.services import meetings, minutes
    from minutier.store.connection import open_store
    store = open_store(sys.argv[1])
    committee = store.scalar("SELECT min(id) FROM committee")
    zone = "Pacific/Kiritimati"                  # UTC+14: its "today" is Adak's tomorrow
    today_there = dt.datetime.now(ZoneInfo(zone)).date()
    meeting = meetings.plan_meeting(store, committee, f"{today_there} 00:05", timezone=zone)
    meetings.set_status(store, meeting, "held")
    mode = sys.argv[2]
    if mode == "default":
        version = minutes.approve(store, meeting)
        print(version.approved_on, today_there)
    else:
        try:
            minutes.approve(store, meeting, approved_on="2030-01-01")
            print("accepted")
        except Exception as e:
            print("refused:", e)
    store.close()
    """
)


def _run(code: str, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_default_approval_date_is_today_in_the_meetings_zone(demo: Path) -> None:
    """Under TZ=America/Adak the user's date compared with the meeting's zone was refused."""
    out = _run(APPROVE_TODAY, str(demo), "default", env={"TZ": "America/Adak"})
    approved_on, today_there = out.split()
    assert approved_on == today_there


def test_an_approval_years_ahead_is_refused(demo: Path) -> None:
    """``--on 2030-01-01`` was accepted."""
    out = _run(APPROVE_TODAY, str(demo), "far")
    assert out.startswith("refused:") and "cannot be recorded ahead of time" in out


APPROVE_ON = textwrap.dedent(
    """
    import datetime as dt, json, sys
    from zoneinfo import ZoneInfo
    from minutier.core.errors import ValidationError
    from minutier.services import meetings, minutes
    from minutier.store.connection import open_store
    store = open_store(sys.argv[1])
    zone = sys.argv[2]
    today_there = dt.datetime.now(ZoneInfo(zone)).date()
    committee = store.scalar("SELECT min(id) FROM committee")
    out = {"today_there": today_there.isoformat(), "user_today": dt.date.today().isoformat()}
    for name, day in (("tomorrow", today_there + dt.timedelta(days=1)),
                      ("on_user_today", dt.date.today()),
                      ("today", today_there)):
        start = min(today_there, dt.date.today()) - dt.timedelta(days=3)
        meeting = meetings.plan_meeting(store, committee, f"{start} 10:00", timezone=zone)
        meetings.set_status(store, meeting, "held")
        try:
            out[name] = minutes.approve(store, meeting, approved_on=day.isoformat()).approved_on
        except ValidationError as e:
            out[name] = "refused: " + str(e)
    print(json.dumps(out))
    store.close()
    """
)


@pytest.mark.parametrize(
    ("user_zone", "meeting_zone"),
    [("America/Adak", "Pacific/Kiritimati"), ("Pacific/Kiritimati", "America/Adak")],
)
def test_an_approval_for_any_later_day_is_refused(
    demo: Path, user_zone: str, meeting_zone: str
) -> None:
    """Only dates more than 366 days ahead were refused; tomorrow was recorded as approved."""
    out = json.loads(_run(APPROVE_ON, str(demo), meeting_zone, env={"TZ": user_zone}))
    assert out["tomorrow"].startswith("refused:")
    assert "cannot be recorded ahead of time" in out["tomorrow"]
    assert out["today"] == out["today_there"]  # today where the meeting is: accepted
    if out["user_today"] > out["today_there"]:  # the user's today is tomorrow there
        assert out["on_user_today"].startswith("refused:")
    else:
        assert out["on_user_today"] == out["user_today"]


def test_under_umask_000_nothing_is_writable_by_others(tmp_path: Path) -> None:
    """Folders were 0777 and logs/settings 0666 under umask 000."""
    home = tmp_path / "home"
    code = textwrap.dedent(
        """
        import os, sys
        os.umask(0)
        from minutier.cli import main
        sys.exit(main(["demo", sys.argv[1]]) or main(["backup", sys.argv[1]])
                 or main(["check", sys.argv[1]]) or main(["no-such-command-x"]))
        """
    )
    db = tmp_path / "files" / "register.minutier"
    subprocess.run(
        [sys.executable, "-c", code, str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "MINUTIER_HOME": str(home)},
    )
    made = [p for p in (*tmp_path.rglob("*"),) if not p.is_symlink()]
    assert any(p.suffix == ".minutier" for p in made)
    for path in made:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert not mode & 0o002, (path, oct(mode))  # never world-writable
        assert not mode & 0o020, (path, oct(mode))  # nor group-writable
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_the_dashboard_moves_to_the_new_day_at_midnight(qtbot, tmp_path: Path, demo: Path) -> None:  # type: ignore[no-untyped-def]
    """The dashboard stayed on yesterday after midnight."""
    from PySide6.QtCore import QTimer

    from minutier.store.connection import open_store
    from minutier.ui.context import AppContext
    from minutier.ui.pages.dashboard import DashboardPage

    store = open_store(demo)
    ctx = AppContext(store)
    days = [dt.date(2025, 3, 19)]
    ctx.today = lambda: days[-1]  # type: ignore[method-assign]
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert "2025" in page.title_label.text() and "19" in page.title_label.text()
    timers = [t for t in page.findChildren(QTimer) if t.isActive()]
    now = dt.datetime.now()
    to_midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time()) - now
    armed = [
        t for t in timers if abs(t.remainingTime() - to_midnight.total_seconds() * 1000) < 5000
    ]
    assert armed, "no timer set for midnight"
    days.append(dt.date(2025, 3, 20))
    armed[0].timeout.emit()  # midnight
    assert "20" in page.title_label.text()
    page.close()
    store.close()


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_quit_with_the_live_window_open_logs_no_error(
    qtbot, tmp_path: Path, demo: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Q with the live window open logged a RuntimeError (a deleted page refreshed)."""
    from PySide6.QtWidgets import QApplication

    from minutier.ui import crash
    from minutier.ui.controller import Controller

    reported: list[object] = []
    monkeypatch.setattr(crash, "report", lambda *a, **k: reported.append(a))
    monkeypatch.setattr(sys, "excepthook", lambda *a: reported.append(a))
    c = Controller()
    assert c.open_path(str(demo))
    c.window.pages["meetings"].open_live(1)
    QApplication.processEvents()
    c.quit()
    for _ in range(20):
        QApplication.processEvents()
    assert reported == []
