"""The page template every PDF shares: header, footer, page X / Y, watermark, outline, metadata.

One layout pass only. "Page X / Y" needs the total before it is known: instead of
``multiBuild`` (which lays the whole story out at least twice, doubling the time of a
40-page set of minutes), each footer draws "page X / " and then a PDF form XObject named
``pageTotal`` that is defined once, after the last page, with the count in it (reportlab allows
a form to be used before it is defined). Outline entries come from ``afterFlowable`` for
``Heading`` paragraphs that carry one.

Output is byte-for-byte reproducible: reportlab's ``invariant`` mode, fixed metadata (the
creation date is the meeting's date, never "now"), and keys derived from the story order.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
)

from minutier.pdf import fonts, styles

PAPERS = {"a4": A4, "letter": LETTER}
_TOTAL_FORM = "pageTotal"
_MARGIN_X = 20 * mm
_MARGIN_TOP = 24 * mm
_MARGIN_BOTTOM = 22 * mm
_FURNITURE_SIZE = 7.5
PRODUCER = "Minutier (ReportLab)"
_PAGE_OBJECT = re.compile(rb"/Type /Page[^s]")
WATERMARK_VAR = "book_watermark"


@dataclass(frozen=True)
class Furniture:
    """What every page shows around the text (already plain, printable strings)."""

    header_left: str
    header_right: str
    status: str
    page_label: str  # "page {n} / " — the total follows, drawn from the form
    total_label: str = "{total}"
    watermark: str = ""
    footer_line: str = ""  # a house style's line above the footer rule


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str
    lang: str  # BCP 47, written to the catalogue's /Lang
    created: dt.datetime  # aware; written as CreationDate and ModDate


class Heading(Paragraph):
    """A heading paragraph that also becomes a PDF outline entry (level 0 or 1)."""

    def __init__(self, text: str, style: ParagraphStyle, *, outline: str, level: int = 0):
        super().__init__(text, style)
        self.outline_title = outline
        self.outline_level = level


def frame_width(paper: str) -> float:
    return PAPERS[paper][0] - 2 * _MARGIN_X


def _fit(text: str, limit: float, size: float, face: fonts.Face = fonts.DEFAULT) -> str:
    """Cut ``text`` with an ellipsis so that it fits ``limit`` points."""
    if fonts.width(text, size, face=face) <= limit:
        return text
    while text and fonts.width(text + "…", size, face=face) > limit:
        text = text[: max(0, len(text) - max(1, len(text) // 8))]
    return text.rstrip() + "…"


def _plain(value: str) -> str:
    """Metadata and outline entries use plain spaces (viewers search them as typed)."""
    return value.replace("\u00a0", " ").replace("\u202f", " ")


def _pdf_date(moment: dt.datetime):
    offset = moment.utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    text = (
        moment.strftime("D:%Y%m%d%H%M%S")
        + f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    )
    return lambda *_: text


class _Document(BaseDocTemplate):
    def __init__(
        self,
        buffer: io.BytesIO,
        paper: str,
        furniture: Furniture,
        meta: Metadata,
        face: fonts.Face = fonts.DEFAULT,
    ):
        self.furniture = furniture
        self.face = face
        self.meta = meta
        self._outline_count = 0
        width, height = PAPERS[paper]
        super().__init__(
            buffer,
            pagesize=(width, height),
            leftMargin=_MARGIN_X,
            rightMargin=_MARGIN_X,
            topMargin=_MARGIN_TOP,
            bottomMargin=_MARGIN_BOTTOM,
            invariant=1,
            title=_plain(meta.title),
            author=_plain(meta.author),
            subject=_plain(meta.subject),
            keywords=_plain(meta.keywords),
            creator="Minutier",
            producer=PRODUCER,
            lang=meta.lang,
            initialFontName=face.regular,
            initialFontSize=10,
            displayDocTitle=1,
        )
        frame = Frame(
            _MARGIN_X,
            _MARGIN_BOTTOM,
            width - 2 * _MARGIN_X,
            height - _MARGIN_TOP - _MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._page)])

    # -- page furniture ------------------------------------------------------------------
    def _page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        f = self.furniture
        width, height = self.pagesize
        size = _FURNITURE_SIZE
        canvas.saveState()
        face = self.face
        # A bound book (``pdf.book``) changes the watermark per meeting through ``DocAssign``.
        watermark = doc._nameSpace.get(WATERMARK_VAR, f.watermark)
        if watermark:
            canvas.setFillColor(styles.WATERMARK)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(50)
            wide = fonts.width(watermark, 96, bold=True, face=face)
            fonts.draw(canvas, -wide / 2, -32, watermark, 96, bold=True, face=face)
            canvas.rotate(-50)
            canvas.translate(-width / 2, -height / 2)
        canvas.setFillColor(styles.MUTED)
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.4)
        right = width - _MARGIN_X
        top = height - _MARGIN_TOP + 7 * mm
        half = (width - 2 * _MARGIN_X) / 2 - 4 * mm
        fonts.draw(canvas, _MARGIN_X, top, _fit(f.header_left, half, size, face), size, face=face)
        head_right = _fit(f.header_right, half, size, face)
        fonts.draw(
            canvas,
            right - fonts.width(head_right, size, face=face),
            top,
            head_right,
            size,
            face=face,
        )
        canvas.line(_MARGIN_X, top - 2.2 * mm, right, top - 2.2 * mm)
        bottom = _MARGIN_BOTTOM - 9 * mm
        canvas.line(_MARGIN_X, bottom + 3.4 * mm, right, bottom + 3.4 * mm)
        if f.footer_line:
            line = _fit(f.footer_line, width - 2 * _MARGIN_X, size, face)
            fonts.draw(canvas, _MARGIN_X, bottom + 5 * mm, line, size, face=face)
        widest = f.page_label.format(n=9999) + f.total_label.format(total=9999)
        slot = fonts.width(widest, size, face=face)
        status = _fit(f.status, width - 2 * _MARGIN_X - slot - 6 * mm, size, face)
        fonts.draw(canvas, _MARGIN_X, bottom, status, size, face=face)
        prefix = f.page_label.format(n=doc.page)
        end = fonts.draw(canvas, right - slot, bottom, prefix, size, face=face)
        canvas.translate(end, bottom)
        canvas.doForm(_TOTAL_FORM)
        canvas.restoreState()

    # -- outline ---------------------------------------------------------------------------
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.outline_title:
            self._outline_count += 1
            key = f"h{self._outline_count}"
            self.canv.bookmarkPage(key)
            title = _plain(flowable.outline_title)
            self.canv.addOutlineEntry(title, key, level=flowable.outline_level, closed=False)

    # -- one pass, then the total ------------------------------------------------------------
    def build(self, flowables: list[Flowable]) -> None:  # type: ignore[override]
        self._doSave = 0
        super().build(flowables)
        canvas = self.canv
        canvas.setDateFormatter(_pdf_date(self.meta.created))
        total = canvas.getPageNumber() - 1
        canvas.beginForm(_TOTAL_FORM)
        canvas.setFillColor(styles.MUTED)
        total_text = self.furniture.total_label.format(total=total)
        fonts.draw(canvas, 0, 0, total_text, _FURNITURE_SIZE, face=self.face)
        canvas.endForm()
        if self._outline_count:
            canvas.showOutline()
        canvas.save()


def page_count(pdf: bytes) -> int:
    """Pages of a PDF written by ``render`` (its page objects are not compressed)."""
    return len(_PAGE_OBJECT.findall(pdf))


def render(
    story: Sequence[Flowable],
    *,
    paper: str,
    furniture: Furniture,
    metadata: Metadata,
    face: fonts.Face = fonts.DEFAULT,
) -> bytes:
    """Lay ``story`` out on ``paper`` ("a4" or "letter") and return the PDF's bytes."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}")
    fonts.register()
    buffer = io.BytesIO()
    _Document(buffer, paper, furniture, metadata, face).build(headings_kept_together(story))
    return buffer.getvalue()


def headings_kept_together(story: Sequence[Flowable]) -> list[Flowable]:
    """``story`` where a heading right above another heading asks for the room of both.

    Each heading comes after a ``CondPageBreak`` asking room for itself and a few lines
    (``blocks.heading``). When the next flowable is itself a heading, the first one's room was
    met but the second's was not: "Délibérations" (회의 내용) ended page 1 alone, its first item
    on page 2. Chains (h1, h2, h3) add up, from the last one back.
    """
    out = list(story)
    for i in range(len(out) - 3, -1, -1):
        first, second = out[i], out[i + 2]
        if isinstance(first, CondPageBreak) and isinstance(second, CondPageBreak):
            out[i] = CondPageBreak(first.height + second.height)
    return out
