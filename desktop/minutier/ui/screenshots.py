"""Screenshots of every page in English, French and Korean, from the demo register, headless.

    python -m minutier.ui.screenshots OUTDIR [--lang en,fr,ko] [--size 1400x860]

Writes OUTDIR/<lang>/<nn>-<page>.png (plus the search box, the welcome screen and the settings
dialog). Runs on the offscreen platform with its own settings and data folders and the clock
at 15 April 2025, so the demo shows one overdue action; nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def _setup_environment(home: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MINUTIER_HOME"] = str(home)
    os.environ.setdefault("MINUTIER_FIXED_NOW", "2025-04-15T09:00:00")


def _settle(app: object, rounds: int = 6) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()


def shoot(out: Path, languages: list[str], size: tuple[int, int]) -> list[Path]:
    """Take every screenshot; returns the files written."""
    from PySide6.QtWidgets import QApplication

    from minutier.services.demo import build_demo
    from minutier.store import locations
    from minutier.ui import i18n, launch
    from minutier.ui.controller import Controller
    from minutier.ui.search_popup import SearchPopup
    from minutier.ui.settings_dialog import SettingsDialog
    from minutier.ui.welcome import WelcomeDialog

    app = launch.prepare()
    demo = locations.demo_database()
    if not demo.exists():
        demo.parent.mkdir(parents=True, exist_ok=True)
        build_demo(demo)
    written: list[Path] = []

    def save(widget: object, folder: Path, name: str) -> None:
        _settle(app)
        path = folder / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        written.append(path)

    for lang in languages:
        if not i18n.install(lang):
            print(
                f"screenshots: no compiled translations for {lang!r}; run "
                "packaging/build_translations.py",
                file=sys.stderr,
            )
        folder = out / lang
        folder.mkdir(parents=True, exist_ok=True)
        controller = Controller()
        if not controller.open_path(str(demo)):
            raise SystemExit("screenshots: the demo register could not be opened")
        window = controller.window
        assert window is not None
        window.resize(*size)
        window.show()
        for n, key in enumerate(window.pages, start=1):
            page = window.go(key)
            if key == "actions":
                page.view.selectRow(page.model.find(1))
            elif key == "initiatives":
                page.show_record("initiative", 1)
            elif key == "search":
                page.panel.edit.setText("GPU")
                page.panel.run()
            save(window, folder, f"{n:02d}-{key}")
        window.go("actions")
        window.pages["actions"].filters.overdue.setChecked(True)
        save(window, folder, "08-actions-overdue")
        window.pages["actions"].filters.clear()
        popup = SearchPopup.show_for(window)
        popup.panel.edit.setText("supercalculateur")
        popup.panel.run()
        save(popup, folder, "09-search-box")
        popup.close()
        welcome = WelcomeDialog()
        welcome.resize(560, welcome.sizeHint().height())
        welcome.show()
        save(welcome, folder, "10-welcome")
        welcome.close()
        dialog = SettingsDialog(window)
        dialog.show()
        save(dialog, folder, "11-settings")
        dialog.close()
        written.extend(_more(window, folder, save))
        window.close()
        _settle(app)
        controller.deleteLater()
    QApplication.processEvents()
    return written


def _more(window: object, folder: Path, save: object) -> list[Path]:
    """The live window and the main record dialogs, as a secretary meets them."""
    from minutier.ui.forms import editor_for
    from minutier.ui.meetings.live import LiveMeetingWindow

    ctx = window.ctx  # type: ignore[attr-defined]
    live = LiveMeetingWindow(ctx, 1, window)  # type: ignore[arg-type]
    # The offscreen screen is 800×600: show it at the size it opens with on the asked screen.
    size = window.size()  # type: ignore[attr-defined]
    live.resize(min(1100, size.width()), min(700, size.height()))
    live.show()
    save(live, folder, "12-live")  # type: ignore[operator]
    live.close()
    shots = [
        ("13-new-meeting", "meeting", None),
        ("14-edit-action", "action", 1),
        ("15-edit-decision", "decision", 1),
        ("16-new-series", "meeting_series", None),
        ("17-edit-initiative", "initiative", 1),
    ]
    for name, table, row_id in shots:
        dialog = editor_for(ctx, table, row_id, parent=window)  # type: ignore[arg-type]
        dialog.show()
        save(dialog, folder, name)  # type: ignore[operator]
        dialog.close()
        dialog.deleteLater()
    try:  # the PDF preview, on the minutes of the demo meeting
        from minutier.services import minutes
        from minutier.ui.preview.dialog import PdfPreview

        preview = PdfPreview(minutes.minutes_pdf(ctx.store, 1), "CSIIA-3", "minutes.pdf", window)  # type: ignore[arg-type]
        preview.resize(900, min(760, window.height()))  # type: ignore[attr-defined]
        preview.show()
        save(preview, folder, "18-pdf-preview")  # type: ignore[operator]
        preview.close()
    except ImportError:  # PDF minutes not installed
        pass
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m minutier.ui.screenshots", description=__doc__.splitlines()[0]
    )
    parser.add_argument("outdir", type=Path)
    parser.add_argument(
        "--lang", default="en,fr,ko", help="comma-separated languages (default en,fr,ko)"
    )
    parser.add_argument("--size", default="1400x860", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    with tempfile.TemporaryDirectory(prefix="minutier-shots-") as home:
        _setup_environment(Path(home))
        files = shoot(
            args.outdir,
            [code.strip() for code in args.lang.split(",") if code.strip()],
            (int(width), int(height)),
        )
    for f in files:
        print(f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
