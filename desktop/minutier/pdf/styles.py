"""Paragraph and table styles of every PDF, set in an embedded Latin face (Hangul runs: NanumGothic).

Headings do not use ``keepWithNext``: reportlab keeps a heading with the *whole* next
flowable, so a heading followed by a long table would push the table to the next page and
leave half a page blank. ``blocks.heading`` puts a ``CondPageBreak`` before each heading
instead, so a heading never ends a page alone and a table starts right under it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from minutier.pdf import fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8c8c8c")
SHADE = colors.HexColor("#e9ecef")
LATE = colors.HexColor("#a40000")
WATERMARK = colors.HexColor("#dcdcdc")


@dataclass(frozen=True)
class Styles:
    face: fonts.Face
    body: ParagraphStyle
    small: ParagraphStyle
    parent: ParagraphStyle
    committee: ParagraphStyle
    native: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    item: ParagraphStyle
    figure: ParagraphStyle
    cell: ParagraphStyle
    head: ParagraphStyle
    late: ParagraphStyle
    key: ParagraphStyle


def _base_style(name: str, face: fonts.Face, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": face.regular,
        "bulletFontName": face.regular,
        "fontSize": 10,
        "leading": 13.5,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
        # reportlab lets a line run 5 % of a space per gap past the margin (meant for justified
        # text, which shrinks the gaps back); ours is ragged-right, so nothing may overhang.
        "spaceShrinkage": 0,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


def make(face: fonts.Face = fonts.DEFAULT, *, accent: str = "#1a1a1a") -> Styles:
    """The styles in ``face`` (fonts registered first, so every name resolves to an embedded
    face); headings and the title in the house style's ``accent`` colour."""
    fonts.register()
    bold = face.bold
    tint = colors.HexColor(accent)

    def _style(name: str, **kw: object) -> ParagraphStyle:
        if name in ("title", "h1", "h2", "committee"):
            kw.setdefault("textColor", tint)
        return _base_style(name, face, **kw)

    return Styles(
        face,
        body=_style("body", spaceAfter=5),
        small=_style("small", fontSize=8.5, leading=11, textColor=MUTED),
        parent=_style("parent", fontSize=9, leading=12, textColor=MUTED, alignment=TA_CENTER),
        committee=_style("committee", fontName=bold, fontSize=12, leading=15, alignment=TA_CENTER),
        native=_style("native", fontSize=9.5, leading=12.5, textColor=MUTED, alignment=TA_CENTER),
        title=_style(
            "title",
            fontName=bold,
            fontSize=18,
            leading=23,
            alignment=TA_CENTER,
            spaceBefore=10,
            spaceAfter=4,
        ),
        subtitle=_style(
            "subtitle",
            fontSize=10.5,
            leading=14,
            alignment=TA_CENTER,
            spaceAfter=12,
            textColor=MUTED,
        ),
        h1=_style(
            "h1",
            fontName=bold,
            fontSize=13,
            leading=17,
            spaceBefore=14,
            spaceAfter=6,
        ),
        h2=_style(
            "h2",
            fontName=bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
        ),
        h3=_style(
            "h3",
            fontName=bold,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
            textColor=MUTED,
        ),
        item=_style("item", leftIndent=14, bulletIndent=2, spaceAfter=3),
        figure=_style("figure", fontSize=9.5, leading=12.5, leftIndent=28, bulletIndent=16),
        cell=_style("cell", fontSize=8.5, leading=11),
        head=_style("head", fontName=bold, fontSize=8.5, leading=11),
        late=_style("late", fontSize=8.5, leading=11, textColor=LATE),
        key=_style("key", fontName=bold, fontSize=9.5, leading=13),
    )


def grid(*extra: tuple, face: fonts.Face = fonts.DEFAULT) -> TableStyle:
    """A ruled table with a shaded header row, every cell in the embedded font."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), face.regular),
            ("FONTNAME", (0, 0), (-1, 0), face.bold),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def plain_grid(*extra: tuple, face: fonts.Face = fonts.DEFAULT) -> TableStyle:
    """A table without rules (key/value blocks, signatures), in the embedded font."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), face.regular),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            *extra,
        ]
    )
