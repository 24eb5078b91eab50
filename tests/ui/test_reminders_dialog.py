"""File ▸ Reminders…: settings saved (password to the keyring), e-mails written and sent."""

from __future__ import annotations

import sys
from pathlib import Path

import keyring
import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))
from smtp_server import MemoryKeyring, start

from minutier.services import mail_settings
from minutier.ui.reminders_dialog import RemindersDialog


@pytest.fixture
def ring():  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def test_reminders_from_the_window(
    qtbot, window, register: Path, tmp_path: Path, ring, answers
) -> None:
    action = next(a for a in window.actions() if a.objectName() == "action_reminders")
    assert action.text().replace("&", "") == "Reminders to owners…"
    store = window.ctx.store  # the window holds the register: write through its connection
    with store.transaction():
        store.conn.execute(
            "UPDATE organisation SET email = 'msit@example.go.kr' WHERE short_name = 'MSIT'"
        )
    dialog = RemindersDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.within.setValue(0)  # all open actions
    written = dialog.write_to(str(tmp_path / "mails"))
    assert len(written) == 2 and "2 e-mail(s) written" in dialog.status.text()
    controller, inbox = start(None, auth=False)
    try:
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(controller.port)
        dialog.starttls.setChecked(False)
        dialog.user.setText("")
        assert dialog.send() == 1
        assert inbox.messages[0][1] == ["msit@example.go.kr"]
    finally:
        controller.stop()
    assert mail_settings.load().host == "127.0.0.1"
    dialog.user.setText("secretariat")
    dialog.password.setText("s3cret")
    dialog.starttls.setChecked(True)
    dialog.port.setValue(1)  # nothing listens there: refused in a sentence, password kept
    assert dialog.send() == 0
    assert ring.get_password(mail_settings.KEYRING_SERVICE, "secretariat") == "s3cret"
    assert dialog.password.text() == "" and answers and "failed" in answers[-1]
    assert "s3cret" not in mail_settings.settings_path().read_text(encoding="utf-8")
