"""The shipped faces every PDF embeds: a Latin family (Noto Sans or Noto Serif) and NanumGothic.

NanumGothic alone drew ``\\`` as ₩ and « » like ≪ ≫ (Korean fonts map U+005C to the Won sign).
So text is set in a Latin face with full French coverage, and each run of characters that face
lacks (Hangul, CJK punctuation, a few symbols) switches to NanumGothic: in a ``Paragraph``
through ``<font name=…>`` around the run (``korean_runs``), on the canvas through ``draw``.
Only TrueType outlines embed with reportlab; all four files are SIL OFL, shipped with their
licences in ``minutier.resources/fonts``, and embed as subsets. ``coverage`` tells
``text.printable`` which characters would otherwise come out as nothing.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class Face:
    """A family as reportlab knows it: its regular and bold font names."""

    regular: str
    bold: str


SANS = Face("NotoSans", "NotoSans-Bold")
SERIF = Face("NotoSerif", "NotoSerif-Bold")
KOREAN = Face("NanumGothic", "NanumGothic-Bold")
# Typeface choices a house style may name (the Korean face is always NanumGothic).
TYPEFACES = {"sans": SANS, "serif": SERIF}
DEFAULT = SANS
REGULAR = SANS.regular
BOLD = SANS.bold
_FILES = {
    SANS.regular: "NotoSans-Regular.ttf",
    SANS.bold: "NotoSans-Bold.ttf",
    SERIF.regular: "NotoSerif-Regular.ttf",
    SERIF.bold: "NotoSerif-Bold.ttf",
    KOREAN.regular: "NanumGothic.ttf",
    KOREAN.bold: "NanumGothicBold.ttf",
}
# Spaces stay in the face of the run they sit in (fewer switches, Korean word spacing kept).
_NEUTRAL = frozenset(" \u00a0")
_TAG = re.compile(r"(<[^>]*>)")
_lock = threading.Lock()


def typeface(name: str | None) -> Face:
    """The Latin face of a house style's typeface choice (unknown names: the default)."""
    return TYPEFACES.get(name or "", DEFAULT)


def _load(name: str) -> TTFont:
    ref = resources.files("minutier.resources") / "fonts" / _FILES[name]
    with resources.as_file(ref) as path:  # TTFont reads the whole file now
        return TTFont(name, str(path))


def register() -> None:
    """Register every face and family (idempotent, thread-safe); ``<b>`` maps to the bold."""
    with _lock:
        if KOREAN.bold in pdfmetrics.getRegisteredFontNames():
            return
        for face in (SANS, SERIF, KOREAN):
            for name in (face.regular, face.bold):
                pdfmetrics.registerFont(_load(name))
            pdfmetrics.registerFontFamily(
                face.regular,
                normal=face.regular,
                bold=face.bold,
                italic=face.regular,
                boldItalic=face.bold,
            )
            # Paragraph markup <i> has no italic face: it falls back to the upright ones.
            addMapping(face.regular, 0, 1, face.regular)
            addMapping(face.regular, 1, 1, face.bold)


def _cmap(name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


@functools.cache
def latin_coverage() -> frozenset[str]:
    """Characters every Latin face draws, regular and bold (Noto Sans and Serif: the same)."""
    register()
    names = [n for f in TYPEFACES.values() for n in (f.regular, f.bold)]
    return frozenset(map(chr, frozenset.intersection(*map(_cmap, names))))


@functools.cache
def korean_coverage() -> frozenset[str]:
    register()
    return frozenset(map(chr, _cmap(KOREAN.regular) & _cmap(KOREAN.bold)))


@functools.cache
def coverage() -> frozenset[int]:
    """Code points some shipped face draws in both weights (Latin face first, then Korean)."""
    return frozenset(map(ord, drawable()))


@functools.cache
def drawable() -> frozenset[str]:
    """The characters a PDF can draw, as strings (``drawable().issuperset(text)`` runs in C)."""
    return latin_coverage() | korean_coverage()


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` cut into (is_korean_face, run): a character goes to the Latin face when it has it."""
    latin = latin_coverage()
    out: list[tuple[bool, str]] = []
    current: bool | None = None
    start = 0
    for i, ch in enumerate(text):
        if ch in _NEUTRAL and current is not None:
            continue
        korean = ch not in latin
        if korean != current:
            if current is not None:
                out.append((current, text[start:i]))
            current, start = korean, i
    if text:
        out.append((bool(current), text[start:]))
    return out


def korean_runs(markup: str, *, bold: bool = False) -> str:
    """Paragraph markup with each run the Latin face lacks wrapped in the Korean face.

    ``bold``: the paragraph's own font is bold. reportlab does not carry ``<b>`` over to a
    ``<font name=…>`` inside it, so the Korean face's weight is named here, following ``<b>``.
    """
    if latin_coverage().issuperset(markup):
        return markup
    out = []
    depth = 1 if bold else 0
    for part in _TAG.split(markup):
        if part.startswith("<"):
            tag = part[1:-1].strip().split(" ")[0].lower()
            depth += 1 if tag == "b" else -1 if tag == "/b" else 0
            out.append(part)
            continue
        for korean, run in runs(part):
            if korean:
                name = KOREAN.bold if depth > 0 else KOREAN.regular
                out.append(f'<font name="{name}">{run}</font>')
            else:
                out.append(run)
    return "".join(out)


def width(text: str, size: float, *, bold: bool = False, face: Face = DEFAULT) -> float:
    """Width in points of ``text`` at ``size``, each run in the face that draws it."""
    register()
    total = 0.0
    for korean, run in runs(text):
        f = KOREAN if korean else face
        total += pdfmetrics.stringWidth(run, f.bold if bold else f.regular, size)
    return total


def draw(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    face: Face = DEFAULT,
) -> float:
    """Draw ``text`` on a reportlab canvas from (x, y), switching face per run; returns the end x."""
    for korean, run in runs(text):
        f = KOREAN if korean else face
        name = f.bold if bold else f.regular
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, name, size)
    return x
