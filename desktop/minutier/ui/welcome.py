"""The first-run screen: open the demo meeting, start an empty register, or open a file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from minutier.ui import icons

DEMO = "demo"
EMPTY = "empty"
OPEN = "open"


class WelcomeDialog(QDialog):
    """Three ways in; ``choice`` is DEMO, EMPTY, OPEN or "" when closed."""

    def __init__(self, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to Minutier"))
        self.setWindowIcon(icons.app_icon())
        self.choice = ""
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        title = QLabel(self.tr("Welcome to Minutier"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Minutier keeps a committee's meetings, decisions, initiatives and actions in one "
                "file on this computer, and prints the official minutes. It works offline."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if problem:
            warning = QLabel(problem, self)
            warning.setObjectName("welcome_problem")
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #b3261e;")
            layout.addWidget(warning)
        for key, text, detail in (
            (
                DEMO,
                self.tr("Open the demo meeting"),
                self.tr(
                    "A real meeting to explore: the special committee on AI computing "
                    "infrastructure, 16 February 2025."
                ),
            ),
            (
                EMPTY,
                self.tr("Start an empty register"),
                self.tr("A new, empty file for your own committee."),
            ),
            (OPEN, self.tr("Open a file…"), self.tr("A register you already have, or a copy.")),
        ):
            button = QCommandLinkButton(text, detail, self)
            button.setObjectName(f"welcome_{key}")
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(520, 0)

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for the wrapped French and Korean lines at the width it opens with
        (a window does not follow its labels' height-for-width by itself: text was clipped)."""
        super().showEvent(event)
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()


def ask(problem: str = "", parent: QWidget | None = None) -> str:
    """Show the welcome screen; the choice made ("" if closed)."""
    dialog = WelcomeDialog(problem, parent)
    dialog.exec()
    return dialog.choice
