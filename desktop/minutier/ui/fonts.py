"""The shipped NanumGothic font, registered as a fallback so Hangul never shows as boxes."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")


def register() -> list[str]:
    """Add the fonts to Qt and put their family after the system's in the application font.

    Returns the families registered (empty if the files are missing: the system's own
    fonts are then the only fallback).
    """
    families: list[str] = []
    folder = resources.files("minutier.resources") / "fonts"
    for name in FONT_FILES:
        data = (folder / name).read_bytes() if (folder / name).is_file() else b""
        if not data:
            continue
        font_id = QFontDatabase.addApplicationFontFromData(data)
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    app = QApplication.instance()
    if families and isinstance(app, QApplication):
        font = app.font()
        # The concrete family the system resolves its default to ("Sans Serif" → DejaVu Sans,
        # Segoe UI…): a generic alias first would let Qt pick NanumGothic for every glyph, and
        # its Latin at small sizes is poor (a period looks like a comma).
        resolved = QFontInfo(font).family()
        base = [resolved] if resolved not in families else []
        base += [f for f in font.families() if f not in families and f not in base]
        font.setFamilies(base + families)
        app.setFont(font)
        for family in base:
            QFont.insertSubstitutions(family, families)
    return families
