"""Icons shipped in ``resources/icons`` (SVG, drawn for Minutier), loaded once and cached."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon


def path(name: str) -> str:
    return str(resources.files("minutier.resources") / "icons" / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (an empty icon if the file is missing)."""
    return QIcon(path(name))


def app_icon() -> QIcon:
    return icon("minutier")
