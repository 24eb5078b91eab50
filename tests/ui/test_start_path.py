"""What starting the window leaves for after its first paint, and that it then happens.

Cold start (``python -m minutier.bench``, issue 17) is measured to the first paint. Listening for
a second Minutier (QtNetwork), the file commands, the daily backup's job machinery and the cycle
collector wait until the window has been painted; these tests check they are not loaded before
it and are all there after it.
"""

from __future__ import annotations

from pathlib import Path

from probe_util import run_probe

PROBE = """
import gc, json, sys, time
gc.disable()  # as minutier.cli does before it imports the window
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from minutier.ui import launch

before = {}
def look():
    c = controller[0]
    before.update(
        network="PySide6.QtNetwork" in sys.modules,
        loaded=sorted(m for m in sys.modules if m in WATCHED),
        listening=c.beacon.server is not None,
        gc=gc.isenabled(),
        check_started=c.ctx.store._checking.ident is not None,
        dialog_types=sorted(n for n in DIALOGS if n in vars(sys.modules["PySide6.QtWidgets"])),
    )
DIALOGS = {"QDialog", "QDialogButtonBox", "QFileDialog", "QMessageBox", "QPlainTextEdit"}
WATCHED = {"minutier.ui.exchange_commands", "minutier.ui.daily_backup", "minutier.ui.tasks",
           "minutier.ui.reminders_dialog", "minutier.ui.safety", "minutier.ui.sync.indicator",
           "minutier.ui.welcome", "minutier.ui.crash_dialog", "minutier.ui.review.commands"}
controller = []
original = launch.Controller.show_store
def show_store(self, store):
    window = original(self, store)
    controller.append(self)
    look()  # the window is built and shown, not yet painted
    QTimer.singleShot(400, after)  # painted by then; launch's own fallback for gc is 1 s
    return window
launch.Controller.show_store = show_store

def after():
    c = controller[0]
    print(json.dumps({"before": before, "after": {
        "network": "PySide6.QtNetwork" in sys.modules,
        "listening": c.beacon.server is not None and c.beacon.server.isListening(),
        "gc": gc.isenabled(),
        "checked": c.ctx.store.checked.is_set() and not c.ctx.store.readonly,
    }}), flush=True)
    QApplication.instance().quit()
launch.launch(sys.argv[1], demo=False)
"""


def test_start_leaves_network_commands_and_the_collector_for_after_the_paint(
    register: Path, home: Path
) -> None:
    result = run_probe(PROBE, register, home)
    before, after = result["before"], result["after"]
    assert before == {
        "network": False,
        "loaded": [],
        "listening": False,
        "gc": False,
        "check_started": False,  # the page check reads the file once the window is painted
        "dialog_types": [],  # PySide makes a Qt class's Python type (and enums) on first use
    }
    assert after == {"network": True, "listening": True, "gc": True, "checked": True}
