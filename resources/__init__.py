"""Data files shipped inside the package (fonts, demo data, translations, icons)."""

from __future__ import annotations

from pathlib import Path

# The package is always a folder on disk (an installed wheel, the source tree, or the
# PyInstaller bundle's ``minutier/resources``), so its files are read by path: at start,
# ``importlib.resources`` cost 5 ms to import, and fonts read into memory cost Qt a copy.
FOLDER = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """The shipped file or folder ``parts`` (``path("fonts", "NanumGothic.ttf")``)."""
    return FOLDER.joinpath(*parts)
