"""Blocks of the publishing features shared by the PDFs: letterhead, editions, confidential marks,
the footer line of a house style, and the attendance list with a signature column.

Kept out of ``minutes`` so that other additions to the minutes (quorum, annexes) merge without
touching these; ``minutes`` calls each at one place.
"""

from __future__ import annotations

import io

from reportlab.graphics.shapes import Group, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table

from minutier.core.confidential import PUBLIC
from minutier.core.minutes_record import MinutesRecord
from minutier.pdf import fonts, styles
from minutier.pdf.blocks import Ctx

_LOGO_HEIGHT = 16 * mm


def tag(ctx: Ctx, confidential: bool) -> str:
    """Markup put before a confidential part of the internal edition ("" otherwise)."""
    if not confidential:
        return ""
    return f"<font color='#a40000'><b>[{ctx.label('confidential')}]</b></font> "


def _logo(ctx: Ctx) -> Flowable | None:
    house = ctx.house
    if not house.logo:
        return None
    if house.logo_type == "png":
        image = Image(io.BytesIO(house.logo))
        ratio = image.imageWidth / max(1, image.imageHeight)
        image.drawHeight = _LOGO_HEIGHT
        image.drawWidth = min(_LOGO_HEIGHT * ratio, ctx.width / 3)
        return image
    return _svg_logo(house.logo, ctx.styles.face)


def _svg_logo(data: bytes, face: fonts.Face) -> Flowable | None:
    """An SVG logo as vector shapes (svglib), its text set in the shipped faces.

    svglib parses with entities unresolved and refuses every outside reference when it reads
    from memory (no file, no network), so an SVG from an imported register stays inert. The
    fonts an SVG names are replaced by the embedded faces (Hangul in NanumGothic), so the PDF
    embeds every font and prints the same on every machine.
    """
    from svglib.svglib import svg2rlg

    try:
        drawing = svg2rlg(io.BytesIO(data))
    except Exception:  # a malformed SVG leaves the letterhead without a logo, never fails
        return None
    if drawing is None or not drawing.height:
        return None
    _embedded_fonts(drawing, face)
    drawing.initialFontName = face.regular  # else renderPDF sets Helvetica (not embedded) first
    scale = _LOGO_HEIGHT / drawing.height
    drawing.scale(scale, scale)
    drawing.width *= scale
    drawing.height *= scale
    return drawing


def _embedded_fonts(group: Group, face: fonts.Face) -> None:
    latin = fonts.latin_coverage()
    for shape in group.contents:
        if isinstance(shape, Group):
            _embedded_fonts(shape, face)
        elif isinstance(shape, String):
            chosen = face if latin.issuperset(shape.text) else fonts.KOREAN
            bold = "bold" in str(shape.fontName).lower()
            shape.fontName = chosen.bold if bold else chosen.regular


def letterhead(ctx: Ctx) -> list[Flowable]:
    """The house style's letterhead: logo at the left, issuing body and address beside it."""
    house = ctx.house
    lines = [line for line in house.issuer_lines.splitlines() if line.strip()]
    if not lines and not house.address and not house.logo:
        return []
    text = "<br/>".join(f"<b>{ctx.user(line)}</b>" for line in lines)
    if house.address:
        address = ctx.user(house.address)
        text += ("<br/>" if text else "") + f"<font size='8' color='#555555'>{address}</font>"
    para = ctx.para(text or "\u00a0", "body")
    logo = _logo(ctx)
    cells = [[logo, para]] if logo is not None else [[para]]
    widths = [ctx.width * 0.22, ctx.width * 0.78] if logo is not None else [ctx.width]
    table = Table(
        cells,
        colWidths=widths,
        hAlign="LEFT",
        style=styles.plain_grid(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.HexColor(house.accent)),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            face=ctx.styles.face,
        ),
    )
    return [table, Spacer(1, 8)]


def edition_block(ctx: Ctx, record: MinutesRecord) -> list[Flowable]:
    """Under the title: which edition this is, and what it leaves out or marks."""
    if record.edition == PUBLIC:
        out = [ctx.para(f"<b>{ctx.label('edition_public')}</b>", "subtitle")]
        if record.withheld:
            out.append(ctx.para(ctx.labels.plural("withheld", record.withheld), "small"))
        return out
    if _has_marks(record):
        return [
            ctx.para(f"<b>{tag(ctx, True)}{ctx.label('edition_internal')}</b>", "subtitle"),
            ctx.para(ctx.label("internal_note"), "small"),
        ]
    return []


def _has_marks(record: MinutesRecord) -> bool:
    for item in record.items:
        if item.confidential or any(
            x.confidential
            for x in (*item.timed_notes, *item.announcements, *item.decisions, *item.actions)
        ):
            return True
    return False


def edition_status(ctx: Ctx, record: MinutesRecord, status: str) -> str:
    """The footer's status with the edition named when there are two."""
    if record.edition == PUBLIC:
        return f"{status} — {ctx.labels('edition_public')}"
    if _has_marks(record):
        return f"{status} — {ctx.labels('edition_internal')}"
    return status


def attendance_rows(
    ctx: Ctx, header: list[str], rows: list[list], shares: list[float]
) -> tuple[list[str], list[list], list[float]]:
    """With the signature option: a wide empty "Signature" column to sign on paper."""
    if not ctx.house.attendance_signatures:
        return header, rows, shares
    signed = [[*row, ctx.para("\u00a0<br/>\u00a0<br/>\u00a0", "cell")] for row in rows]
    return [*header, ctx.label("col_signature")], signed, [0.30, 0.30, 0.14, 0.26]
