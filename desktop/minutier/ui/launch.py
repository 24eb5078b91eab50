"""Starting the window: the Qt application, language, fonts, error hook, then the register.

``launch`` is what ``minutier [DB]`` and ``minutier --demo`` call (``minutier.cli``).
"""

from __future__ import annotations

import gc
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from minutier import __version__
from minutier.ui import crash, first_paint, fonts, i18n, icons, settings
from minutier.ui.controller import Controller

GC_BACK_MS = 1000


def application() -> QApplication:
    """The QApplication, created once, with the names QSettings and the desktop use."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Minutier")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.minutier.Minutier")  # packaging/linux/org.minutier.Minutier.desktop
    app.setWindowIcon(icons.app_icon())
    return app


def prepare() -> QApplication:
    """Everything before a window: application, settings location, fonts, language."""
    app = application()
    settings.configure()
    fonts.register()
    i18n.install(i18n.resolve(settings.Settings().language))
    return app


def launch(db: str | None, *, demo: bool) -> int:
    """Open the window on ``db`` (or the demo, the last register, the welcome screen)."""
    app = prepare()
    crash.install()
    controller = Controller(app)
    app.setQuitOnLastWindowClosed(True)
    _quit_on_terminate(controller)
    # The cycle collector, off while starting (cli._open_window), is back once the window is
    # painted; at the latest after GC_BACK_MS (a welcome screen, a window never painted).
    QTimer.singleShot(GC_BACK_MS, gc.enable)
    if not controller.start(db, demo=demo) or controller.window is None:
        return 0  # closed at the welcome screen, or the file's window is in another process
    first_paint.after_first_paint(controller.window, gc.enable)
    if os.environ.get("MINUTIER_BENCH_EXIT_AFTER_SHOW"):
        _exit_after_first_paint(app)
    code = app.exec()
    controller.deleteLater()
    return int(code)


def _quit_on_terminate(controller: Controller) -> None:
    """SIGTERM/Ctrl+C close the window as Quit does: the store checkpoints and lets go."""
    from minutier.store import shutdown

    shutdown.on_terminate(lambda *_: QTimer.singleShot(0, controller.quit))
    # Python runs signal handlers only when it gets control: wake it up now and then.
    ticker = QTimer(controller)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)


class _FirstPaint(QObject):
    """Benchmark hook: on the first paint, print the time and quit (see ``minutier.bench``)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.app.removeEventFilter(self)
            QTimer.singleShot(0, self.done)  # after this paint (and its siblings) finished
        return False

    def done(self) -> None:
        print(f"MINUTIER_FIRST_PAINT {time.time():.6f}", flush=True)
        self.app.quit()


def _exit_after_first_paint(app: QApplication) -> None:
    """With MINUTIER_BENCH_EXIT_AFTER_SHOW set, the window quits once it has been painted."""
    app.installEventFilter(_FirstPaint(app))
