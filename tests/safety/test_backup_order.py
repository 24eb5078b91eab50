"""Issue 10, point 8: backups are rotated and listed in the order they were made, not by clock.

A laptop whose clock was reset, or a backup made under a wrong clock, must never make the
rotation delete the latest backups, nor hide them at the bottom of the list. Also: files of
another register that happen to sit in the folder are never touched.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutier.core import clock
from minutier.store import backup
from minutier.store.connection import open_store

UTC = dt.UTC
SPECIAL = ("before-migration", "before-restore")


def names(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def on_disk(db: Path, reason: str | None = None) -> set[Path]:
    """This register's backups in its folder (any reason, or one)."""
    folder = backup.folder_for(db)
    stem = db.resolve().stem
    return {
        p
        for p in folder.iterdir()
        if p.name.startswith(stem + ".") and (reason is None or f".{reason}." in p.name)
    }


def test_daily_backups_made_while_the_clock_goes_back_keep_the_newest(
    demo: Path, home: Path
) -> None:
    start = dt.datetime(2031, 3, 10, 9, tzinfo=UTC)
    made: list[Path] = []
    store = open_store(demo)
    try:
        for day in range(12):  # the clock goes back a day before each start of the window
            with clock.pinned(start - dt.timedelta(days=day)):
                info = backup.daily(store)
            assert info is not None and info.path.exists()
            made.append(info.path)
            for earlier in made[-7:]:  # the 7 made last, whatever dates their names carry
                assert earlier.exists(), (earlier.name, names(made))
    finally:
        store.close()
    left = on_disk(demo, "daily")
    assert set(made[-7:]) <= left and len(left) <= 7 + 4 + 12
    listed = [b.path for b in backup.list_backups(demo)]  # the restore dialog's list
    assert listed == [p for p in reversed(made) if p in left]  # made last, first
    numbers = [b.number for b in backup.list_backups(demo)]
    assert numbers == sorted(numbers, reverse=True) and numbers[0] == 12

    env = {**os.environ, "MINUTIER_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "minutier", "backups", str(demo), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert [Path(b["path"]) for b in json.loads(done.stdout)] == listed


def test_before_migration_under_a_clock_behind_leaves_its_file_and_the_newest(
    demo: Path,
) -> None:
    made: list[Path] = []
    store = open_store(demo)
    try:
        for i in range(6):  # made under a clock years ahead
            with clock.pinned(dt.datetime(2033, 1, 1 + i, tzinfo=UTC)):
                made.append(backup.before_migration(store.conn, demo, 1).path)
        for _ in range(3):  # the clock is back to now: every one of these must stay
            info = backup.before_migration(store.conn, demo, 1)
            assert info.path.exists()
            made.append(info.path)
    finally:
        store.close()
    assert on_disk(demo, "before-migration") == set(made[-backup.KEEP_SPECIAL :])


def test_backups_named_by_an_older_minutier_count_as_older(demo: Path) -> None:
    folder = backup.folder_for(demo)
    folder.mkdir(parents=True)
    old = []
    for i in range(10):  # old names (no number), dated ahead of the clock
        stamp = (dt.datetime(2032, 5, 1, tzinfo=UTC) + dt.timedelta(days=i)).strftime(
            "%Y%m%d-%H%M%SZ"
        )
        old.append(folder / f"register.{stamp}.daily.minutier")
        old[-1].write_bytes(b"")
    store = open_store(demo)
    made = []
    try:
        for i in range(3):
            with clock.pinned(dt.datetime(2026, 1, 1 + i, 8, tzinfo=UTC)):
                made.append(backup.daily(store))
    finally:
        store.close()
    assert all(m is not None and m.path.exists() for m in made)
    assert [m.number for m in made if m] == [1, 2, 3]
    listed = [b.path for b in backup.list_backups(demo)]
    assert listed[:3] == [m.path for m in reversed(made) if m]
    assert listed[3:] == [p for p in reversed(old) if p.exists()]  # then the old, by date
    assert set(old[-4:]) <= set(listed)  # 7 newest: the 3 numbered and the 4 latest old


def test_another_registers_backups_in_the_folder_are_never_deleted(demo: Path) -> None:
    folder = backup.folder_for(demo)
    folder.mkdir(parents=True)
    foreign = []
    for i in range(40):
        stamp = (dt.datetime(2020, 1, 1, tzinfo=UTC) + dt.timedelta(days=20 * i)).strftime(
            "%Y%m%d-%H%M%SZ"
        )
        foreign.append(folder / f"other.{stamp}.daily.minutier")
        foreign.append(folder / f"register.old.{stamp}.daily.{i + 1:06d}.minutier")
    foreign.append(folder / "other.20200101-000000Z.daily.999999.minutier")
    for path in foreign:
        path.write_text(path.name)
    store = open_store(demo)
    try:
        for day in range(3):
            with clock.pinned(dt.datetime(2026, 6, 1 + day, tzinfo=UTC)):
                info = backup.daily(store)
                assert info is not None
    finally:
        store.close()
    for path in foreign:
        assert path.exists() and path.read_text() == path.name
    listed = backup.list_backups(demo)
    assert [b.number for b in listed] == [3, 2, 1]  # another register's numbers do not count
    assert all(b.path.name.startswith("register.2026") for b in listed)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.tuples(
            st.datetimes(
                min_value=dt.datetime(2020, 1, 1),
                max_value=dt.datetime(2035, 1, 1),
                timezones=st.just(UTC),
            ),
            st.sampled_from(("daily", "daily", "daily", *SPECIAL)),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_any_sequence_of_clock_values_keeps_the_backups_made_last(
    monkeypatch: pytest.MonkeyPatch, steps: list[tuple[dt.datetime, str]]
) -> None:
    """Rotation and naming through ``take`` (the copy itself replaced by an empty file)."""

    def write_copy(_source: object, dest: Path, **_kw: object) -> None:
        dest.write_bytes(b"")

    monkeypatch.setattr(backup, "write_copy", write_copy)
    db = Path(os.environ["MINUTIER_HOME"], "registers", uuid.uuid4().hex, "register.minutier")
    folder = backup.folder_for(db)
    folder.mkdir(parents=True)
    stranger = folder / "stranger.20200101-000000Z.daily.minutier"
    stranger.write_bytes(b"")
    made: dict[str, list[Path]] = {}
    order: list[Path] = []
    for when, reason in steps:
        with clock.pinned(when):
            info = backup.take(None, db, reason)  # type: ignore[arg-type]
        assert info.path.exists()  # never the copy just made
        made.setdefault(reason, []).append(info.path)
        order.append(info.path)
        assert set(made.get("daily", [])[-backup.KEEP_DAILY :]) <= on_disk(db, "daily")
        for special in SPECIAL:
            assert set(made.get(special, [])[-backup.KEEP_SPECIAL :]) == on_disk(db, special)
        assert len(on_disk(db, "daily")) <= backup.KEEP_DAILY + backup.KEEP_WEEKLY + (
            backup.KEEP_MONTHLY
        )
        assert stranger.exists()
    left = on_disk(db)
    listed = [b.path for b in backup.list_backups(db)]
    assert listed == [p for p in reversed(order) if p in left]
