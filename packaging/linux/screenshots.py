"""Take the screenshots the AppStream metainfo lists, from the demo register, headless.

    python packaging/linux/screenshots.py [OUT_DIR]     # default: screenshots/ (not committed)

Writes dashboard.png, meeting.png and actions.png at 1280×800, the names and size the
metainfo's <screenshot> entries give, ready to publish where those URLs point. Runs on the
offscreen platform with its own settings and data folders, so it touches nothing of yours.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SHOTS = (("dashboard", "dashboard"), ("meeting", "meetings"), ("actions", "actions"))
SIZE = (1280, 800)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=Path("screenshots"))
    parser.add_argument("--lang", default="en", choices=("en", "fr", "ko"))
    args = parser.parse_args(argv)
    out = args.out.resolve()
    with tempfile.TemporaryDirectory() as home:
        os.environ["MINUTIER_HOME"] = home
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("MINUTIER_FIXED_NOW", "2025-04-15T09:00:00")
        from PySide6.QtWidgets import QApplication

        from minutier.services.demo import build_demo
        from minutier.ui import i18n, launch
        from minutier.ui.controller import Controller

        app = launch.prepare()
        i18n.install(args.lang)
        controller = Controller()
        if not controller.open_path(str(build_demo(Path(home) / "demo.minutier"))):
            raise SystemExit("screenshots: the demo register did not open")
        window = controller.window
        assert window is not None
        window.resize(*SIZE)
        out.mkdir(parents=True, exist_ok=True)
        for name, page in SHOTS:
            window.go(page)
            for _ in range(5):
                QApplication.processEvents()
            target = out / f"{name}.png"
            if not window.grab().save(str(target), "PNG"):
                raise SystemExit(f"screenshots: could not write {target}")
            print(target)
        window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
