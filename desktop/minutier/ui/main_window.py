"""The main window: a sidebar of pages, the page shown, menus, toolbar and status bar.

One window shows one register (``AppContext``). Opening another file or changing the language
builds a new window (``Controller``); what the window remembers — geometry, splitter sizes,
last page — is saved when it closes and restored when the next one opens.

A page is built the first time it is shown or asked for (``window.pages[key]``), not with the
window: building all seven read most of a twenty-year archive before the dashboard could paint.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minutier.services import sync
from minutier.ui import icons
from minutier.ui.context import AppContext, Page
from minutier.ui.errors import file_sentence
from minutier.ui.pages.base import PlaceholderPage
from minutier.ui.settings import Settings

# (key, icon, module:class, title) of every page, in sidebar order. A page whose module is
# missing (written by another part of the work) is shown as a placeholder. The title is the
# source text of the page's own ``title()`` (``self.tr`` in its class), translated in that
# class's context, so the sidebar and the View menu are named before any page is built.
PAGES = (
    ("dashboard", "dashboard", "minutier.ui.pages.dashboard:DashboardPage", "Dashboard"),
    ("meetings", "meetings", "minutier.ui.meetings.page:MeetingsPage", "Meetings"),
    ("decisions", "decisions", "minutier.ui.pages.decisions:DecisionsPage", "Decisions"),
    ("initiatives", "initiatives", "minutier.ui.pages.initiatives:InitiativesPage", "Initiatives"),
    ("actions", "actions", "minutier.ui.pages.actions:ActionsPage", "Actions"),
    ("people", "people", "minutier.ui.pages.people:PeoplePage", "People & organisations"),
    ("search", "search", "minutier.ui.pages.search:SearchPage", "Search"),
)
# The page that shows each kind of record first (others are asked after it).
HOME_OF = {
    "action": "actions",
    "action_note": "actions",
    "decision": "decisions",
    "initiative": "initiatives",
    "person": "people",
    "person_role": "people",
    "organisation": "people",
    "membership": "people",
    "committee": "people",
    "meeting": "meetings",
    "agenda_item": "meetings",
    "attendance": "meetings",
    "note": "meetings",
    "announcement": "meetings",
}


def page_class(spec: str) -> type[Page] | None:
    module_name, _, class_name = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as e:
        if e.name and module_name.startswith(e.name):
            return None  # that page is not written yet
        raise
    return getattr(module, class_name, None)


def page_title(spec: str, source: str) -> str:
    """The translated title of the page ``spec`` ("module:Class"), without building it."""
    return QCoreApplication.translate(spec.partition(":")[2], source)


class Pages(Mapping[str, Page]):
    """The window's pages by key, in sidebar order; each is built the first time it is asked for.

    ``pages[key]`` (and ``get``, ``values``, ``items``) builds the page if it is not yet;
    iterating the keys, ``title`` and ``built`` never do.
    """

    def __init__(self, build: Callable[[str], Page]) -> None:
        self._build = build
        self._specs = {key: (spec, title) for key, _icon, spec, title in PAGES}
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            if key not in self._specs:
                raise KeyError(key)
            page = self._built[key] = self._build(key)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def title(self, key: str) -> str:
        spec, source = self._specs[key]
        return page_title(spec, source)

    def built(self) -> dict[str, Page]:
        """The pages built so far, by key."""
        return dict(self._built)

    def spec(self, key: str) -> str:
        return self._specs[key][0]


class Banner(QWidget):
    """A band above the page for what the user should know about the open file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#banner { background: #fff4ce; } QLabel { color: #3d2f00; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setObjectName("banner_text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this message"))
        close.clicked.connect(self.hide)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_lines(self, lines: list[str]) -> None:
        if lines:
            self.label.setText("\n".join(lines))
            self.show()


class MainWindow(QMainWindow):
    """The window over one open register."""

    page_changed = Signal(str)

    def __init__(self, ctx: AppContext, controller: object | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.controller = controller
        self.settings = Settings()
        self.setObjectName("main_window")
        self.setWindowIcon(icons.app_icon())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setStyleSheet("#sidebar { background: palette(window); }")
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.pages = Pages(self._build_page)
        for key, icon, _spec, _title in PAGES:
            item = QListWidgetItem(icons.icon(icon), self.pages.title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 34))
            self.sidebar.addItem(item)
        fm = self.sidebar.fontMetrics()
        widest = max(fm.horizontalAdvance(self.pages.title(key)) for key in self.pages)
        self.sidebar.setFixedWidth(max(150, widest + 22 + 40))
        self.sidebar.currentRowChanged.connect(self._on_row)

        self.banner = Banner(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        from minutier.ui.window_menus import WindowActions

        self.actions_ = WindowActions(self)
        self._status()
        self.sync_indicator = None
        if sync.shared(ctx.store):  # only for a register shared through a hub
            from minutier.ui.sync.indicator import attach as attach_sync

            self.sync_indicator = attach_sync(self)
        self.update_title()
        ctx.open_record.connect(self.show_record)
        self.banner.show_lines([file_sentence(n) for n in ctx.store.notices])
        self.restore_state()

    # -- pages ----------------------------------------------------------------------------
    def _make_page(self, key: str, spec: str) -> Page:
        cls = page_class(spec)
        if cls is None:
            return PlaceholderPage(self.ctx, self.pages.title(key), self)
        return cls(self.ctx, self)

    def _build_page(self, key: str) -> Page:
        """Build page ``key`` (on first use), put it in the stack and give it its sizes back."""
        page = self._make_page(key, self.pages.spec(key))
        page.setObjectName(page.objectName() or f"{key}_page")
        self.stack.addWidget(page)
        for name, splitter in self._splitters_of(key, page):
            sizes = self.settings.bytes(f"splitters/{name}")
            if sizes is not None:
                splitter.restoreState(sizes)
        return page

    def page_title(self, key: str) -> str:
        """The translated title of page ``key`` (the page need not be built)."""
        return self.pages.title(key)

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
        self.stack.setCurrentWidget(self.pages[key])
        self.page_changed.emit(key)

    def current_key(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def go(self, key: str) -> Page:
        """Show the page ``key`` and return it."""
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.setCurrentRow(row)
        return self.pages[key]

    def show_record(self, table: str, row_id: int) -> bool:
        """Switch to the page that shows a record and select it there."""
        home = HOME_OF.get(table)
        order = ([home] if home else []) + [k for k in self.pages if k != home]
        for key in order:
            if key == "search":
                continue
            page = self.go(key)  # built now if it was not yet
            if page.show_record(table, row_id):
                return True
        if home:
            self.go(home)
        self.statusBar().showMessage(self.tr("This record is not shown on any page."), 5000)
        return False

    # -- title and status -----------------------------------------------------------------
    def _status(self) -> None:
        bar = self.statusBar()
        self.file_label = QLabel(str(self.ctx.store.path), self)
        self.file_label.setObjectName("status_file")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readonly_label = QLabel(self)
        self.readonly_label.setObjectName("status_readonly")
        if self.ctx.readonly:
            self.readonly_label.setText("🔒 " + self.tr("Read-only"))
            self.readonly_label.setStyleSheet("font-weight: bold; color: #8a4b00;")
            reason = self.ctx.store.readonly_reason
            self.readonly_label.setToolTip(
                file_sentence(reason) if reason else self.tr("Changes cannot be saved.")
            )
        bar.addPermanentWidget(self.readonly_label)
        bar.addPermanentWidget(self.file_label)

    def update_title(self) -> None:
        name = self.ctx.store.path.name
        if self.ctx.readonly:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name} — Minutier")

    # -- remembered state -----------------------------------------------------------------
    @staticmethod
    def _splitters_of(key: str, page: Page) -> list[tuple[str, QSplitter]]:
        return [
            (f"{key}/{splitter.objectName()}", splitter)
            for splitter in page.findChildren(QSplitter)
            if splitter.objectName()
        ]

    def _splitters(self) -> list[tuple[str, QSplitter]]:
        """The named splitters of the pages built so far (the others keep their saved sizes)."""
        out = []
        for key, page in self.pages.built().items():
            out.extend(self._splitters_of(key, page))
        return out

    def restore_state(self) -> None:
        s = self.settings
        geometry = s.bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = s.bytes("window/state")
        if state is not None:
            self.restoreState(state)
        # Splitter sizes are given back as each page is built (_build_page).
        last = s.last_page
        self.go(last if last in self.pages else "dashboard")

    def save_state(self) -> None:
        s = self.settings
        s.set_bytes("window/geometry", self.saveGeometry())
        s.set_bytes("window/state", self.saveState())
        for name, splitter in self._splitters():
            s.set_bytes(f"splitters/{name}", splitter.saveState())
        s.last_page = self.current_key()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for task in list(self.__dict__.get("_tasks", [])):
            task.shutdown()
        self.save_state()
        super().closeEvent(event)
        if event.isAccepted():
            closed: Callable[[MainWindow], None] | None = getattr(
                self.controller, "window_closed", None
            )
            if closed is not None:
                closed(self)
