"""File ▸ Reminders…: the SMTP settings (password kept in the keyring) and the reminder e-mails."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minutier.core.errors import MinutierError
from minutier.ui.context import AppContext


class RemindersDialog(QDialog):
    """Write or send one e-mail per owner of open actions (``services.reminders``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from minutier.services import mail_settings  # keyring is loaded only when asked

        self.ctx = ctx
        self.setObjectName("reminders_dialog")
        self.setWindowTitle(self.tr("Reminders to owners of actions"))
        saved = mail_settings.load()
        self.within = QSpinBox(self)
        self.within.setRange(0, 3650)
        self.within.setValue(14)
        self.within.setSpecialValueText(self.tr("all open actions"))
        self.within.setSuffix(self.tr(" days"))
        self.host = QLineEdit(saved.host, self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(saved.port)
        self.starttls = QCheckBox(self.tr("Secure the connection (STARTTLS)"), self)
        self.starttls.setChecked(saved.starttls)
        self.user = QLineEdit(saved.username, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring, never in a file"))
        self.sender = QLineEdit(saved.sender, self)
        self.sender.setPlaceholderText("Secrétariat <secretariat@example.org>")
        self.cafile = saved.cafile
        form = QFormLayout()
        form.addRow(self.tr("Actions due within"), self.within)
        form.addRow(self.tr("SMTP server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow("", self.starttls)
        form.addRow(self.tr("Login"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("From"), self.sender)
        self.status = QLabel(self)
        self.status.setObjectName("reminders_status")
        self.status.setWordWrap(True)
        write = QPushButton(self.tr("Write e-mails to a folder…"), self)
        write.setObjectName("reminders_write")
        write.clicked.connect(lambda: self.write_to())
        send = QPushButton(self.tr("Save settings and send"), self)
        send.setObjectName("reminders_send")
        send.clicked.connect(self.send)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(write, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(send, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _groups(self):  # type: ignore[no-untyped-def]
        from minutier.services import mail_settings, reminders

        within = self.within.value() or None
        groups = reminders.gather(self.ctx.store, within_days=within)
        sender = self.sender.text().strip() or mail_settings.load().sender
        for group in groups:
            reminders.compose(self.ctx.store, group, sender=sender or reminders.DEFAULT_SENDER)
        return groups

    def _refused(self, error: MinutierError) -> None:
        self.ctx.show_error(error, self)

    def write_to(self, folder: str | None = None) -> list[Path]:
        """Write the e-mails as .eml files (``folder`` skips the question)."""
        from minutier.services import reminders

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the e-mails"))
            if not folder:
                return []
        try:
            written = reminders.write(self._groups(), folder)
        except MinutierError as error:
            self._refused(error)
            return []
        self.status.setText(
            self.tr("%1 e-mail(s) written to %2")
            .replace("%1", str(len(written)))
            .replace("%2", folder)
        )
        return written

    def send(self) -> int:
        """Save the settings (password to the keyring) and send the e-mails."""
        from minutier.services import mail_settings, reminders

        settings = mail_settings.MailSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            starttls=self.starttls.isChecked(),
            username=self.user.text().strip(),
            sender=self.sender.text().strip(),
            cafile=self.cafile,
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            mail_settings.save(settings)
            if settings.username and self.password.text():
                mail_settings.set_password(settings.username, self.password.text())
                self.password.clear()
            secret = mail_settings.password(settings.username) if settings.username else None
            sent = reminders.send(self._groups(), settings, secret)
        except MinutierError as error:
            QGuiApplication.restoreOverrideCursor()
            self._refused(error)
            return 0
        QGuiApplication.restoreOverrideCursor()
        self.status.setText(
            self.tr("%1 e-mail(s) sent through %2")
            .replace("%1", str(sent))
            .replace("%2", settings.host)
        )
        return sent


def open_reminders(ctx: AppContext, parent: QWidget | None) -> RemindersDialog:
    dialog = RemindersDialog(ctx, parent)
    dialog.show()
    return dialog


__all__ = ["RemindersDialog", "open_reminders"]
