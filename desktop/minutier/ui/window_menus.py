"""The window's menus and toolbar, and what their file commands do.

Standard shortcuts come from ``QKeySequence.StandardKey`` so each platform gets its own. Print
and Export PDF stay disabled, with a tooltip saying why, until ``minutier.pdf`` can build
minutes; exchange commands are disabled the same way while their module is missing.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from minutier.services import exchange
from minutier.ui import icons

if TYPE_CHECKING:
    from minutier.ui.main_window import MainWindow

REGISTER_FILTER = "*.minutier *.db *.sqlite"


def _exchange() -> Any:
    # The file commands and their dialogs are imported when first used, not to show the window.
    from minutier.ui import exchange_commands

    return exchange_commands


def _safety() -> Any:
    from minutier.ui.safety import menu

    return menu


def _review_actions(window: MainWindow) -> list[QAction]:
    """File ▸ Merge a review pack… and File ▸ Merge conflicts… (``ui.review.commands``)."""

    def review() -> Any:
        from minutier.ui.review import commands

        return commands

    merge = QAction(QCoreApplication.translate("Review", "Merge a review pack…"), window)
    merge.setObjectName("action_merge_pack")
    merge.triggered.connect(lambda: review().merge_pack(window, window.ctx))
    merge.setEnabled(not window.ctx.readonly)
    conflicts = QAction(QCoreApplication.translate("Review", "Merge conflicts…"), window)
    conflicts.setObjectName("action_conflicts")
    conflicts.triggered.connect(lambda: review().show_conflicts(window, window.ctx))
    return [merge, conflicts]


def _reminders(window: MainWindow) -> None:
    from minutier.ui.reminders_dialog import open_reminders

    open_reminders(window.ctx, window)


def _std(
    window: MainWindow, theme: QIcon.ThemeIcon | None, fallback: QStyle.StandardPixmap
) -> QIcon:
    if theme is not None and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    return window.style().standardIcon(fallback)


def plain_label(text: str) -> str:
    """A menu text as a toolbar button shows it: no mnemonic, no Korean-style "(&N)", no "…"."""
    text = re.sub(r"\s*\(&[^)]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _tip_is_text(action: QAction) -> None:
    tip = plain_label(action.text())
    if action.toolTip() != tip:
        action.setToolTip(tip)


def pdf_available() -> bool:
    """Whether the PDF minutes can be built (found without importing reportlab at start)."""
    try:
        return all(
            importlib.util.find_spec(name) is not None
            for name in ("minutier.pdf.minutes", "minutier.services.minutes")
        )
    except ImportError:
        return False


class WindowActions(QObject):
    """Every menu command of a main window (kept as attributes for tests and the toolbar)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        S = QStyle.StandardPixmap
        T = QIcon.ThemeIcon
        K = QKeySequence.StandardKey

        def act(
            text: str, slot, shortcut=None, icon: QIcon | None = None, name: str = ""
        ) -> QAction:
            a = QAction(text, window)
            if icon is not None:
                a.setIcon(icon)
            if shortcut is not None:
                if isinstance(shortcut, list):
                    a.setShortcuts(shortcut)
                else:
                    a.setShortcut(shortcut)
            if name:
                a.setObjectName(name)
            a.triggered.connect(slot)
            window.addAction(a)
            return a

        self.new = act(
            self.tr("&New register…"),
            self.new_register,
            K.New,
            _std(window, T.DocumentNew, S.SP_FileIcon),
            "action_new",
        )
        self.open = act(
            self.tr("&Open…"),
            self.open_register,
            K.Open,
            _std(window, T.DocumentOpen, S.SP_DialogOpenButton),
            "action_open",
        )
        self.save_copy = act(
            self.tr("Save a &copy…"),
            self.save_a_copy,
            K.SaveAs,
            _std(window, T.DocumentSaveAs, S.SP_DialogSaveButton),
            "action_save_copy",
        )
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.import_json = act(
            self.tr("&Import from JSON…"),
            lambda: _exchange().import_json(window),
            name="action_import",
        )
        self.export_json = act(
            self.tr("Export as &JSON…"),
            lambda: _exchange().export(window, "json"),
            name="action_export_json",
        )
        self.export_csv = act(
            self.tr("Export as &CSV…"),
            lambda: _exchange().export(window, "csv"),
            name="action_export_csv",
        )
        self.export_ics = act(
            self.tr("Export to a &calendar (ICS)…"),
            lambda: _exchange().export(window, "ics"),
            name="action_export_ics",
        )
        self.reminders = act(
            self.tr("&Reminders to owners…"),
            lambda: _reminders(window),
            name="action_reminders",
        )
        self.check = act(
            self.tr("C&heck the file…"),
            lambda: _exchange().check(window),
            name="action_check",
        )
        self.print_ = act(
            self.tr("&Print minutes…"),
            self.print_minutes,
            K.Print,
            _std(window, T.DocumentPrint, S.SP_FileDialogDetailedView),
            "action_print",
        )
        self.export_pdf = act(
            self.tr("&Export minutes as PDF…"),
            self.export_minutes,
            QKeySequence("Ctrl+E"),
            _std(window, None, S.SP_FileLinkIcon),
            "action_export_pdf",
        )
        from minutier.ui.minutes.menu import MinutesActions

        self.minutes_ = MinutesActions(window, act)
        m = self.minutes_
        self.preview, self.approve, self.amend = m.preview, m.approve, m.amend
        self.versions, self.verify, self.export_year = m.versions, m.verify, m.export_year
        self.restore = act(
            self.tr("&Restore from backup…"),
            lambda: _safety().restore_from_backup(window),
            name="action_restore",
        )
        self.history = act(
            self.tr("&History of this record…"),
            lambda: _safety().show_history(window),
            QKeySequence("Ctrl+Shift+H"),
            name="action_history",
        )
        self.settings = act(
            self.tr("&Settings…"),
            self.open_settings,
            QKeySequence("Ctrl+,"),
            name="action_settings",
        )
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = act(self.tr("&Quit"), self.quit_app, K.Quit, name="action_quit")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        window.ctx.retranslate()  # steps done in another language are said in this one
        stack = window.ctx.undo_stack
        self.undo = stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcut(K.Undo)
        self.undo.setIcon(_std(window, T.EditUndo, S.SP_ArrowBack))
        self.undo.setObjectName("action_undo")
        self.redo = stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcuts(QKeySequence.keyBindings(K.Redo))
        self.redo.setIcon(_std(window, T.EditRedo, S.SP_ArrowForward))
        self.redo.setObjectName("action_redo")
        # The menu says what would be undone; the toolbar button keeps one short word, so the
        # toolbar does not change width after every action (it pushed "Export…" out of sight).
        for action, word in ((self.undo, self.tr("&Undo")), (self.redo, self.tr("&Redo"))):
            action.setIconText(plain_label(word))
            action.changed.connect(lambda a=action: _tip_is_text(a))
            _tip_is_text(action)
        window.addAction(self.undo)
        window.addAction(self.redo)
        self.find = act(
            self.tr("&Find…"),
            self.open_search,
            [*QKeySequence.keyBindings(K.Find), QKeySequence("Ctrl+K")],
            icons.icon("search"),
            "action_find",
        )
        self.detail_pane = act(
            self.tr("&Detail pane"), self.toggle_detail_pane, "Ctrl+Shift+D", name="action_detail"
        )
        self.detail_pane.setCheckable(True)
        self.detail_pane.setChecked(True)
        self.detail_pane.setToolTip(self.tr("Show or hide the pane beside the lists"))
        self.about = act(self.tr("&About Minutier"), self.show_about, name="action_about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        readonly = window.ctx.readonly
        for a in (self.import_json, self.restore):
            a.setEnabled(not readonly)
        self._exchange_state()
        self._pdf_state()
        self._menus()
        self._toolbar()

    # -- building -------------------------------------------------------------------------
    def _menus(self) -> None:
        w = self.w
        bar = w.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addActions([self.new, self.open])
        file.addMenu(self.recent_menu)
        file.addAction(self.save_copy)
        file.addSeparator()
        file.addAction(self.import_json)
        file.addActions(_review_actions(w))  # merge a review pack, conflicts
        export = file.addMenu(self.tr("E&xport"))
        export.addActions([self.export_json, self.export_csv, self.export_ics])
        file.addAction(self.reminders)
        file.addAction(self.check)
        file.addAction(self.restore)
        file.addSeparator()
        file.addActions([self.print_, self.export_pdf])
        file.addSeparator()
        file.addActions([self.settings, self.quit])
        minutes = bar.addMenu(self.tr("&Minutes"))
        minutes.setObjectName("minutes_menu")
        minutes.addActions([self.approve, self.amend, self.versions, self.verify])
        minutes.addSeparator()
        minutes.addActions([self.preview, self.print_, self.export_pdf, self.export_year])
        minutes.addSeparator()
        m = self.minutes_
        minutes.addActions([m.agenda, m.actions_report, m.dossier])
        minutes.addSeparator()
        minutes.addActions([self.minutes_.session_book, self.minutes_.house_style])
        minutes.aboutToShow.connect(self.minutes_state)
        self.minutes_menu = minutes
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addAction(self.history)
        edit.addSeparator()
        edit.addAction(self.find)
        view = bar.addMenu(self.tr("&View"))
        for n, key in enumerate(w.pages, start=1):  # named without building the pages
            a = QAction(w.page_title(key), w)
            a.setObjectName(f"go_{key}")
            a.setShortcut(QKeySequence(f"Ctrl+{n}"))
            a.triggered.connect(lambda _=False, k=key: w.go(k))
            w.addAction(a)
            view.addAction(a)
        view.addSeparator()
        view.addAction(self.detail_pane)
        help_ = bar.addMenu(self.tr("&Help"))
        help_.addAction(self.about)

    def _toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self.w)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.new, self.open, self.save_copy])
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        bar.addSeparator()
        bar.addAction(self.find)
        bar.addSeparator()
        bar.addActions([self.print_, self.export_pdf])
        for action in bar.actions():
            if not action.isSeparator() and action not in (self.undo, self.redo):
                action.setIconText(plain_label(action.text()))
        self.w.addToolBar(bar)
        self.toolbar = bar

    def minutes_state(self) -> None:
        self.minutes_.update(pdf_available())

    def _pdf_state(self) -> None:
        ready = pdf_available()
        self.minutes_.set_ready(ready)
        for a in (self.print_, self.export_pdf, self.preview):
            a.setEnabled(ready)
            if not ready:
                a.setToolTip(
                    self.tr("Printing minutes comes with the PDF minutes, in a later version.")
                )
        self.print_.setStatusTip(self.tr("Print the minutes of the selected meeting"))
        self.export_pdf.setStatusTip(self.tr("Save the minutes of the selected meeting as PDF"))

    def _exchange_state(self) -> None:
        for a, fmt in (
            (self.export_json, "json"),
            (self.export_csv, "csv"),
            (self.export_ics, "ics"),
            (self.import_json, "import"),
        ):
            if not exchange.available(fmt):  # found without importing it
                a.setEnabled(False)
                a.setToolTip(self.tr("Not available in this version."))

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self.w.settings.recent_files()
        for path in files:
            a = menu.addAction(Path(path).name)
            a.setToolTip(path)
            a.setStatusTip(path)
            a.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not files:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear the list"), self.w.settings.clear_recent)

    # -- commands -------------------------------------------------------------------------
    def _folder(self) -> str:
        return str(self.w.ctx.store.path.parent) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )

    def open_path(self, path: str) -> None:
        controller = self.w.controller
        if controller is not None:
            controller.open_path(path, parent=self.w)

    def new_register(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getSaveFileName(
            self.w,
            self.tr("New register"),
            str(Path(self._folder()) / self.tr("register.minutier")),
            self.tr("Minutier registers (%1)").replace("%1", "*.minutier"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".minutier"
        if Path(path).exists():
            QMessageBox.warning(
                self.w,
                self.tr("New register"),
                self.tr("%1 already exists. Choose a new name for the new register.").replace(
                    "%1", Path(path).name
                ),
            )
            return
        if self.w.controller is not None:
            self.w.controller.open_path(path, create=True, parent=self.w)

    def open_register(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.w,
            self.tr("Open a register"),
            self._folder(),
            self.tr("Minutier registers (%1)").replace("%1", REGISTER_FILTER)
            + ";;"
            + self.tr("All files (*)"),
        )
        if path:
            self.open_path(path)

    def save_a_copy(self) -> None:
        _exchange().save_copy(self.w)

    def open_search(self) -> None:
        from minutier.ui.search_popup import SearchPopup

        SearchPopup.show_for(self.w)

    def print_minutes(self) -> None:
        from minutier.ui.minutes import printing

        printing.print_minutes(self.w)

    def export_minutes(self) -> None:
        _exchange().minutes_pdf(self.w, print_it=False)

    def open_settings(self) -> None:
        from minutier.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.w)
        if dialog.exec() and dialog.changed_language() and self.w.controller is not None:
            self.w.controller.set_language(dialog.language())

    def quit_app(self) -> None:
        controller = self.w.controller
        if controller is not None:
            controller.quit()
        else:
            self.w.close()

    def toggle_detail_pane(self) -> None:
        """Hide (or show again) the detail pane of every list page; an empty one stays shut."""
        from minutier.ui.pages.base import ListDetailPage

        ListDetailPage.detail_hidden = not self.detail_pane.isChecked()
        for page in self.w.pages.built().values():
            if isinstance(page, ListDetailPage):
                page.show_detail(page.has_record)

    def show_about(self) -> None:
        from minutier.ui.about import show_about

        show_about(self.w)
