"""The Settings dialog: the interface language (applied at once by rebuilding the window)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from minutier.ui import i18n
from minutier.ui.settings import Settings

# Each language is named in itself, so anyone can find their own.
NATIVE_NAMES = {"en": "English", "fr": "Français", "ko": "한국어"}


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = Settings()
        self.initial = self.settings.language
        self.combo = QComboBox(self)
        self.combo.setObjectName("language_combo")
        system = NATIVE_NAMES[i18n.system_language()]
        self.combo.addItem(self.tr("As the system (%1)").replace("%1", system), "")
        for code in i18n.LANGUAGES:
            self.combo.addItem(NATIVE_NAMES[code], code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.initial)))
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.combo)
        note = QLabel(
            self.tr(
                "The window is rebuilt in the new language at once; nothing you typed is lost. "
                "Dates, numbers and amounts follow the language's usual format."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(460, 200)

    def language(self) -> str:
        return str(self.combo.currentData() or "")

    def changed_language(self) -> bool:
        return self.language() != self.initial
