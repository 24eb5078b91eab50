"""Disk full: a write that fails rolls back whole, says so in a sentence, and can be retried.

Two ways to run out of room: ``PRAGMA max_page_count`` (the file may not grow; SQLITE_FULL,
everywhere) and a real 4 MB tmpfs filled to the last byte (ENOSPC from the kernel; needs root
to mount, skipped otherwise). The window's part — the text typed is still on screen — is
checked with the real record dialog.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from minutier.core.errors import DatabaseProblem
from minutier.services import meetings, records
from minutier.store.connection import Store, open_store
from minutier.store.integrity import check_file

TABLES = ("meeting", "agenda_item", "note", "history", "person")


def snapshot(store: Store) -> dict[str, int]:
    return {t: store.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


def fill_to_the_brim(store: Store, extra_pages: int = 0) -> None:
    pages = store.scalar("PRAGMA page_count")
    store.conn.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


def test_a_full_file_refuses_the_write_whole(demo: Path) -> None:
    store = open_store(demo)
    before = snapshot(store)
    fill_to_the_brim(store)
    with pytest.raises(DatabaseProblem) as caught:
        meetings.add_note(store, 1, "long note " * 5000)
    assert caught.value.hint == "disk_full"
    assert "not saved" in str(caught.value) and "nothing was half-written" in str(caught.value)
    assert snapshot(store) == before
    assert not store.conn.in_transaction
    store.conn.execute("PRAGMA max_page_count = 1073741823")  # room again: the retry works
    meetings.add_note(store, 1, "long note " * 5000)
    assert snapshot(store)["note"] == before["note"] + 1
    store.close()
    assert check_file(demo).ok


def test_an_operation_failing_halfway_leaves_nothing(demo: Path) -> None:
    """Plan a meeting with 40 long agenda items; room runs out after the first few inserts."""
    store = open_store(demo)
    committee = store.scalar("SELECT id FROM committee WHERE code = 'CSIIA'")
    before = snapshot(store)
    fill_to_the_brim(store, extra_pages=3)
    agenda = [f"Point {i} " + "x" * 900 for i in range(40)]
    with pytest.raises(DatabaseProblem) as caught:
        meetings.plan_meeting(store, committee, "2026-03-01 10:00", agenda=agenda)
    assert caught.value.hint == "disk_full"
    assert snapshot(store) == before  # no meeting without its agenda, no stray history line
    store.close()
    assert check_file(demo).ok


def test_a_real_full_disk(tiny_disk: Path, demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tiny_disk / "register.minutier"
    shutil.copyfile(demo, db)
    store = open_store(db)
    filler = tiny_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)  # take every free byte…
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        os.ftruncate(fd, os.fstat(fd).st_size - 512 * 1024)  # …but 512 KB
    finally:
        os.close(fd)
    saved: list[str] = []
    refused = None
    for i in range(10_000):
        text = f"note {i} " + "y" * 500
        try:
            meetings.add_note(store, 1, text)
        except DatabaseProblem as e:
            refused = e
            break
        saved.append(text)
    assert refused is not None and refused.hint == "disk_full", refused
    assert not store.conn.in_transaction
    stored = {r["text"] for r in store.query("SELECT text FROM note")}
    assert set(saved) <= stored and f"note {len(saved)} " + "y" * 500 not in stored
    filler.unlink()  # the user frees some space and tries again
    meetings.add_note(store, 1, f"note {len(saved)} " + "y" * 500)
    store.close()
    assert check_file(db).ok
    with capsys.disabled():
        print(
            f"\nreal full disk: {len(saved)} notes saved, the next refused, retried after freeing"
        )


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
def test_the_typed_text_stays_on_screen(demo: Path, qtbot) -> None:
    """The record dialog: disk full on OK → the dialog stays open with everything typed."""
    from minutier.ui.context import AppContext
    from minutier.ui.forms.dialog import RecordDialog

    store = open_store(demo)
    ctx = AppContext(store)
    dialog = RecordDialog(ctx, "person")
    qtbot.addWidget(dialog)
    dialog.show()
    name = dialog.form.widgets["name"].editor()
    notes = dialog.form.widgets["notes"].editor()
    qtbot.keyClicks(name, "Park Jiwon")
    long_notes = "Met at the CSIIA hearing. " * 2000
    notes.setPlainText(long_notes)
    before = snapshot(store)
    fill_to_the_brim(store)

    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    assert dialog.isVisible() and dialog.result() == 0  # not accepted, not closed
    assert name.text() == "Park Jiwon" and notes.toPlainText() == long_notes
    shown = dialog.form.general_error.text() + "".join(
        e.text() for e in dialog.form.errors.values()
    )
    assert "full" in shown
    assert snapshot(store) == before and ctx.undo_stack.count() == 0

    store.conn.execute("PRAGMA max_page_count = 1073741823")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # retry, same text
    assert dialog.saved_id is not None
    assert records.get(store, "person", dialog.saved_id)["name"] == "Park Jiwon"
    store.close()
