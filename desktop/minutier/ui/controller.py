"""Which register is open and in which window: starting, switching files, changing language.

The controller owns the open store. Opening another file builds a new window over a new
context and closes the old one (and its store) only once the new one is showing; changing the
language rebuilds the window over the same context, so the undo history survives.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from minutier.store import locations
from minutier.store.connection import Store
from minutier.ui import first_paint, i18n, opening, single_instance
from minutier.ui.context import AppContext
from minutier.ui.main_window import MainWindow
from minutier.ui.settings import Settings

BACKUP_DELAY_MS = 2000  # from show() to the start of the daily backup


class Controller(QObject):
    """The application's one open register and its window."""

    # The opening check of a store ended (emitted from its thread, delivered on ours).
    store_checked = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store_checked.connect(self._store_checked, Qt.ConnectionType.QueuedConnection)
        self.settings = Settings()
        self.ctx: AppContext | None = None
        self.built_readonly = False  # whether the window was built over a read-only store
        self.window: MainWindow | None = None
        self.beacon = single_instance.Beacon(lambda: self.window, self)
        self.listening: Path | None = None  # the file the beacon answers for
        self.claim: int | None = None  # held from opening a file until its window listens

    # -- starting -------------------------------------------------------------------------
    def start(self, db: str | None, *, demo: bool) -> bool:
        """Open what the command line asked for, else the last register, else welcome."""
        if demo:
            if self.open_demo():
                return True
        elif db:
            if self.open_path(db):
                return True
        else:
            for candidate in (self.settings.last_database, str(locations.default_database())):
                if candidate and Path(candidate).exists() and self.open_path(candidate):
                    return True
        return self.welcome()

    def welcome(self, problem: str = "") -> bool:
        """The first-run screen, until something opens or the user closes it."""
        from minutier.ui import welcome  # its dialog is not needed to open a register

        while True:
            choice = welcome.ask(problem)
            if not choice:
                return False
            if choice == welcome.DEMO and self.open_demo():
                return True
            if choice == welcome.EMPTY and self.open_empty():
                return True
            if choice == welcome.OPEN and self.ask_open():
                return True

    def open_demo(self, parent: QWidget | None = None) -> bool:
        path = locations.demo_database()
        if not path.exists():
            from minutier.services.demo import build_demo

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                build_demo(path)
            finally:
                QGuiApplication.restoreOverrideCursor()
        return self.open_path(str(path), parent=parent)

    def open_empty(self, parent: QWidget | None = None) -> bool:
        path = locations.default_database()
        if path.exists():
            from PySide6.QtWidgets import QFileDialog

            chosen, _ = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("Controller", "Start an empty register"),
                str(path.with_name("register-2.minutier")),
                QCoreApplication.translate("Controller", "Minutier registers (%1)").replace(
                    "%1", "*.minutier"
                ),
            )
            if not chosen or Path(chosen).exists():
                return False
            path = Path(chosen)
        return self.open_path(str(path), create=True, parent=parent)

    def ask_open(self, parent: QWidget | None = None) -> bool:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Controller", "Open a register"),
            str(locations.data_dir()),
            QCoreApplication.translate("Controller", "Minutier registers (%1)").replace(
                "%1", "*.minutier *.db *.sqlite"
            )
            + ";;"
            + QCoreApplication.translate("Controller", "All files (*)"),
        )
        return bool(chosen) and self.open_path(chosen, parent=parent)

    # -- files ----------------------------------------------------------------------------
    def open_path(self, path: str, *, create: bool = False, parent: QWidget | None = None) -> bool:
        """Open a register in a new window (replacing the current one); False if it failed."""
        current = self.ctx.store.path.resolve() if self.ctx else None
        if current is not None and Path(path).resolve() == current and self.window is not None:
            self.window.raise_()
            self.window.activateWindow()
            return True
        # One process opens a file at a time: one started at the same instant waits for this
        # one to listen, then brings it forward (single_instance.claim_opening).
        claim = single_instance.claim_opening(path)
        try:
            if single_instance.activate_running(path):
                return True  # its window, in another process, came forward instead
            store = opening.open_database(path, parent, create=create)
            if store is None:
                return False
            single_instance.release_opening(self.claim)
            self.claim, claim = claim, None  # held until this window listens
            self.show_store(store)
            return True
        finally:
            single_instance.release_opening(claim)

    def show_store(self, store: Store) -> MainWindow:
        old_window, old_ctx = self.window, self.ctx
        self.ctx = AppContext(store, self)
        self.built_readonly = store.readonly  # before the window reads it: see _store_checked
        self.window = self._new_window()
        self.window.show()
        window = self.window
        # The day's backup starts once the window has painted and settled, not on the next turn
        # of the event loop: reading a 1.5 GB archive beside the dashboard's first queries
        # delayed the first paint by 2-3 s (python -m minutier.bench, 4x archive).
        QTimer.singleShot(BACKUP_DELAY_MS, window, lambda: _daily_backup(window))
        if store.checked_later:  # shown before its check ended: now, or once it ends
            store.when_checked(self.store_checked.emit)
        self._listen_once_painted(window)
        self.settings.add_recent(store.path)
        if old_window is not None:
            old_window.controller = None  # its close must not close the new store
            old_window.close()
        if old_ctx is not None:
            old_ctx.undo_stack.clear()  # see window_closed
            if old_ctx.store is not store:  # reopening keeps the one writer connection
                old_ctx.store.close()
            old_ctx.deleteLater()
        return self.window

    def _listen_once_painted(self, window: MainWindow) -> None:
        """Once the window is painted (first_paint): the store's check of every page starts,
        and a second Minutier opening this file finds this one."""
        assert self.ctx is not None
        store = self.ctx.store
        first_paint.after_first_paint(window, store.begin_check)
        first_paint.after_first_paint(window, lambda: self._listen(store))

    def _listen(self, store: Store) -> None:
        current = self.ctx is not None and self.ctx.store is store
        if current and self.listening != store.path and self.beacon.listen(store.path):
            self.listening = store.path
        single_instance.release_opening(self.claim)  # the next one opening it finds us
        self.claim = None

    def _store_checked(self, store: Store) -> None:
        """The opening check ended: a damaged (or taken) file turns the window read-only."""
        if self.ctx is None or self.ctx.store is not store or self.window is None:
            return
        if store.readonly and not self.built_readonly:
            self.rebuild_window()  # every page, menu and the banner say read-only, and why
        else:
            from minutier.ui.errors import file_sentence

            self.window.banner.show_lines([file_sentence(n) for n in store.notices])

    def _new_window(self) -> MainWindow:
        """The main window, or the review window when the file is a review pack."""
        assert self.ctx is not None
        # A pack is known by its meta key (``services.packs.info``: PREFIX + "pack_uuid"), read
        # here directly: importing the packs and merge packages and the review window cost
        # ~17 ms of every start (python -X importtime), for a file that is rarely a pack.
        if self.ctx.store.scalar("SELECT count(*) FROM meta WHERE key = 'pack.pack_uuid'"):
            from minutier.ui.review.window import pack_window

            window = pack_window(self.ctx, self)
            if window is not None:
                return window  # type: ignore[return-value]
        return MainWindow(self.ctx, self)

    def reopen(self, parent: QWidget | None = None) -> bool:
        """Open the register again in a new window (a restore replaced its content)."""
        if self.ctx is None:
            return False
        # The same writer connection (SQLite's exclusive lock admits no second one), read
        # anew by a new window: the restore replaced its content through that connection.
        self.show_store(self.ctx.store)
        return True

    def rebuild_window(self) -> MainWindow | None:
        """A new window over the same register (after a language change)."""
        if self.ctx is None or self.window is None:
            return None
        old = self.window
        old.save_state()
        old.controller = None
        self.built_readonly = self.ctx.store.readonly
        self.window = self._new_window()
        self.window.show()
        self._listen_once_painted(self.window)  # if the old window closes before its paint
        old.close()
        return self.window

    def set_language(self, code: str) -> None:
        """Store the choice ("" = system), install it and rebuild the window in it."""
        self.settings.language = code
        self.settings.sync()
        i18n.install(i18n.resolve(code))
        self.rebuild_window()

    # -- closing --------------------------------------------------------------------------
    def window_closed(self, window: MainWindow) -> None:
        if window is self.window:
            self.window = None
            self.beacon.close()
            self.listening = None
            single_instance.release_opening(self.claim)
            self.claim = None
            if self.ctx is not None:
                # Delete the undo steps now, while everything they refer to is alive: left to
                # the garbage collector, the stack's destructor deleted Python-made commands
                # already freed (a segfault at exit, seen at the end of the test run).
                self.ctx.undo_stack.clear()
                self.ctx.store.close()
                self.ctx = None

    def quit(self) -> None:
        if self.window is not None:
            self.window.close()
        QApplication.closeAllWindows()


def _daily_backup(window: MainWindow) -> None:
    from minutier.ui import daily_backup  # with its job machinery: not needed to show the window

    daily_backup.start(window)
