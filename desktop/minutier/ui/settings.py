"""The window's remembered choices (QSettings): language, recent files, geometry, last page.

Settings live where Qt keeps an application's settings (organisation and application name set
by ``launch``). With ``MINUTIER_HOME`` set (tests, portable installs) they are an INI file under
that folder instead, so nothing is written to the user's real settings.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Minutier"
APPLICATION = "Minutier"
MAX_RECENT = 8


def configure() -> None:
    """Nothing to set up globally: each ``Settings`` reads MINUTIER_HOME when it is made."""


def qsettings() -> QSettings:
    """The settings store: Qt's usual place, or MINUTIER_HOME/settings/minutier.ini."""
    home = os.environ.get("MINUTIER_HOME")
    if home:
        return QSettings(str(Path(home) / "settings" / "minutier.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def _file_key(path: str | Path) -> str:
    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]


class Settings:
    """Typed access to the keys the window uses."""

    def __init__(self) -> None:
        self.q = qsettings()

    # -- language --------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """ "" follows the system; otherwise "en", "fr" or "ko"."""
        return str(self.q.value("ui/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self.q.setValue("ui/language", code)

    # -- files -----------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.q.value("files/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        files = [f for f in self.recent_files() if f != path]
        self.q.setValue("files/recent", [path, *files][:MAX_RECENT])
        self.q.setValue("files/last", path)

    def remove_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self.q.setValue("files/recent", [f for f in self.recent_files() if f != path])

    def clear_recent(self) -> None:
        self.q.setValue("files/recent", [])

    @property
    def last_database(self) -> str:
        return str(self.q.value("files/last", "") or "")

    # -- window ----------------------------------------------------------------------------
    def bytes(self, key: str) -> QByteArray | None:
        value = self.q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.q.setValue(key, value)

    @property
    def last_page(self) -> str:
        return str(self.q.value("window/page", "") or "")

    @last_page.setter
    def last_page(self, name: str) -> None:
        self.q.setValue("window/page", name)

    # -- per-file choices ------------------------------------------------------------------
    def my_person(self, path: str | Path) -> int | None:
        """The person whose actions "My actions" shows in this file."""
        value = self.q.value(f"my_actions/{_file_key(path)}", 0)
        try:
            return int(value) or None
        except (TypeError, ValueError):
            return None

    def set_my_person(self, path: str | Path, person_id: int | None) -> None:
        self.q.setValue(f"my_actions/{_file_key(path)}", int(person_id or 0))

    def sync(self) -> None:
        self.q.sync()
