"""Where reminders are sent from: the SMTP settings (a small JSON file) and the password (keyring).

The settings live beside Minutier's other files (``store.locations``), never in a register, so
a register can be shared without them; the password lives only in the system keyring (the
``keyring`` package: Windows Credential Locker, macOS Keychain, Secret Service on Linux). When
no keyring is available the sentence says so; the password is never written to a file.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from minutier.core.errors import MinutierError, ValidationError
from minutier.store import locations

KEYRING_SERVICE = "minutier-smtp"
NO_KEYRING = (
    "No system keyring is available to keep the SMTP password; install one (such as GNOME "
    "Keyring or KWallet), or use a server that needs no login, or write the e-mails to a folder "
    "with --out and send them from your mail program."
)


@dataclass(frozen=True)
class MailSettings:
    host: str = ""
    port: int = 587
    starttls: bool = True
    username: str = ""
    sender: str = ""  # the From address: "Secrétariat <secretariat@example.org>"
    cafile: str = ""  # a CA certificate to trust besides the system's (an in-house server)


def settings_path() -> Path:
    return locations.data_dir() / "mail.json"


def load() -> MailSettings:
    """The saved settings (empty ones when none were saved)."""
    path = settings_path()
    if not path.exists():
        return MailSettings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        known = {k: data[k] for k in MailSettings.__dataclass_fields__ if k in data}
        return MailSettings(**known)
    except (OSError, ValueError, TypeError) as e:
        raise MinutierError(
            f"The mail settings in {path} cannot be read ({e}); save them again."
        ) from e


def save(settings: MailSettings) -> Path:
    """Write the settings (not the password) for the next ``remind --send``."""
    if not settings.host:
        raise ValidationError("SMTP server", "", "name the server, such as smtp.example.org")
    if not 0 < settings.port < 65536:
        raise ValidationError("SMTP port", settings.port, "a port is a number from 1 to 65535")
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(temporary, path)
    return path


def _keyring():  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise MinutierError(NO_KEYRING)
    return keyring


def set_password(username: str, password: str) -> None:
    """Keep the SMTP password in the system keyring."""
    from keyring.errors import KeyringError

    try:
        _keyring().set_password(KEYRING_SERVICE, username, password)
    except KeyringError as e:
        raise MinutierError(f"{NO_KEYRING} ({e})") from e


def password(username: str) -> str | None:
    """The SMTP password of ``username`` from the keyring, or None if none is kept."""
    from keyring.errors import KeyringError

    try:
        return _keyring().get_password(KEYRING_SERVICE, username)
    except KeyringError as e:
        raise MinutierError(f"{NO_KEYRING} ({e})") from e
