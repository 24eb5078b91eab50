"""Icons shipped in ``resources/icons`` (SVG, drawn for Minutier), loaded once and cached."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from minutier import resources


def path(name: str) -> str:
    return str(resources.path("icons", f"{name}.svg"))


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (an empty icon if the file is missing)."""
    return QIcon(path(name))


def app_icon() -> QIcon:
    return icon("minutier")
