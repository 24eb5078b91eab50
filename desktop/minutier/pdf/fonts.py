"""The one font family every PDF embeds: NanumGothic (Hangul and Latin), registered once.

Only TrueType outlines embed with reportlab; NanumGothic (SIL OFL, shipped in
``minutier.resources/fonts``) covers Hangul and every French glyph but a few (ÿ, Ÿ), and embeds
as a subset. Every style, table and canvas call names these fonts, so ``pdffonts`` never lists a
non-embedded standard font. ``coverage`` tells ``text.printable`` which characters would
otherwise come out as nothing.
"""

from __future__ import annotations

import functools
import threading
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"
_FILES = {REGULAR: "NanumGothic.ttf", BOLD: "NanumGothicBold.ttf"}
_lock = threading.Lock()


def _load(name: str) -> TTFont:
    ref = resources.files("minutier.resources") / "fonts" / _FILES[name]
    with resources.as_file(ref) as path:  # TTFont reads the whole file now
        return TTFont(name, str(path))


def register() -> None:
    """Register the family (idempotent, thread-safe); ``<b>`` then maps to the bold face."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        for name in (REGULAR, BOLD):
            pdfmetrics.registerFont(_load(name))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        # Paragraph markup <i> has no italic face: it falls back to the upright ones.
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)


@functools.cache
def coverage() -> frozenset[int]:
    """Code points both faces draw (they cover the same 17,667)."""
    register()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (REGULAR, BOLD)]
    return frozenset(faces[0]).intersection(faces[1])


@functools.cache
def drawable() -> frozenset[str]:
    """The characters both faces draw, as strings (``drawable().issuperset(text)`` runs in C)."""
    return frozenset(map(chr, coverage()))


def width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of ``text`` set in the family at ``size``."""
    register()
    return pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size)
