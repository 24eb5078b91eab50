"""Child process of the memory case: open the window on DB, visit every page, print RSS as JSON.

``python -m minutier.bench.memory_probe DB`` (or ``--bare`` for a bare PySide6 window). The
last line of stdout is one JSON object; resident sizes come from /proc/self/status.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any


def status_mb(field: str) -> float | None:
    """A /proc/self/status size (VmRSS, VmHWM) in MB; None where there is no /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    if field == "VmHWM":
        import resource

        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return None


def bare() -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Minutier"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return {"rss_mb": status_mb("VmRSS"), "hwm_mb": status_mb("VmHWM")}


def window(db: str) -> dict[str, Any]:
    from minutier.ui import launch
    from minutier.ui.controller import Controller
    from minutier.ui.models.actions import ActionsModel

    app = launch.prepare()
    controller = Controller(app)
    if not controller.start(db, demo=False) or controller.window is None:
        raise SystemExit("the window did not open")
    main = controller.window
    main.resize(1280, 800)
    app.processEvents()
    visited = []
    for key in list(main.pages):
        main.go(key)
        app.processEvents()
        visited.append(key)
    out: dict[str, Any] = {
        "measured": "window process (offscreen): " + ", ".join(visited) + " pages shown",
        "pages": visited,
        "rss_mb": status_mb("VmRSS"),
        "hwm_mb": status_mb("VmHWM"),
    }
    # Beyond the target: the actions list scrolled to its very end keeps every row.
    models = main.pages["actions"].findChildren(ActionsModel) if "actions" in main.pages else []
    for model in models[:1]:
        while model.canFetchMore():
            model.fetchMore()
        out["rss_after_scrolling_actions_mb"] = status_mb("VmRSS")
        out["actions_rows_loaded"] = model.rowCount()
    main.close()  # closes the register properly (lock released, nothing left beside the file)
    app.processEvents()
    if controller.ctx is not None:
        controller.ctx.store.close()
    return out


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = bare() if argv[:1] == ["--bare"] else window(argv[0])
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
