"""What the window's own pages share: a list + detail splitter and refreshing only when seen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QStackedLayout, QVBoxLayout, QWidget

from minutier.ui.context import AppContext, Page


class ListDetailPage(Page):
    """A page whose body is a horizontal splitter: the list on the left, the detail on the right.

    ``refresh`` (called on every change) reloads at once only if the page is on screen;
    otherwise the page reloads when it is next shown, so a change costs one query, not seven.
    """

    key = ""
    # Hidden by the person (View ▸ Detail pane), on every page alike.
    detail_hidden = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._stale = False
        self.has_record = True
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.key}_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.outer.addWidget(self.splitter)

    def follow_detail(self, stack: QStackedLayout) -> None:
        """The detail pane collapses while ``stack`` shows its empty page (index 0): the list
        gets the width instead of a pane that only says "Select … to see it here"."""
        stack.currentChanged.connect(lambda index: self.show_detail(index != 0))
        self.show_detail(stack.currentIndex() != 0)

    def show_detail(self, has_record: bool) -> None:
        """Show the detail pane if it has a record and the person has not hidden it."""
        self.has_record = has_record
        detail = self.splitter.widget(1)
        if detail is not None:
            detail.setVisible(has_record and not ListDetailPage.detail_hidden)

    def refresh(self) -> None:
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Re-read the list and the detail from the store."""

    def splitters(self) -> list[QSplitter]:
        """Splitters whose sizes the window remembers."""
        return [self.splitter]


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.3) -> QLabel:
    """A bold, larger label for the title of a detail pane."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PlaceholderPage(Page):
    """Stands in for a page that another part of the work will provide."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = title
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("This page is coming in a later version of Minutier."), self)
        label.setObjectName("placeholder_text")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)

    def title(self) -> str:
        return self._title
