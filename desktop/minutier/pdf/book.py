"""The session book: a year of a committee's minutes bound in one PDF for the paper archive.

A cover, a table of contents with page numbers, the minutes of each meeting of the year in date
order (approved content with its approval; drafts marked, watermarked "PROJET"), each with its
attendance, and a closing table of each meeting's approved version and the SHA-256 of its
archived PDF. Page numbers of the contents are found by laying the book out twice: the first
pass, with the same rows and blank numbers, records on which page each meeting starts; the
second prints them. Both passes lay out the same flowables, so the pages do not move; the
output is byte-for-byte reproducible like the minutes (``document.render``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.lib.units import mm
from reportlab.platypus import DocAssign, Flowable, PageBreak, Spacer

from minutier.core.minutes_record import Committee, MinutesRecord
from minutier.pdf import datefmt, document, minutes, publishing, text
from minutier.pdf.blocks import Ctx, table
from minutier.pdf.document import Furniture, Heading, Metadata


@dataclass(frozen=True)
class BookEntry:
    """One meeting of the book: its minutes as printed, and its archived approved version."""

    record: MinutesRecord
    version: int | None = None  # approved version on file
    pdf_sha256: str = ""  # of that version's archived (internal) PDF


class _Marker(Flowable):
    """Takes no room; remembers on which page it was drawn."""

    def __init__(self, key: int, pages: dict[int, int]) -> None:
        super().__init__()
        self.key, self.pages = key, pages
        self.width = self.height = 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()


def _date(record: MinutesRecord, ctx: Ctx) -> str:
    zone = record.committee.timezone
    start = datefmt.local(record.starts_at, zone, zone)
    return datefmt.day(start.date(), ctx.lang)


def _cover(ctx: Ctx, committee: Committee, year: int, entries: Sequence[BookEntry]) -> list:
    names = (
        (committee.native_name, committee.name)
        if ctx.lang == "ko" and committee.native_name
        else (committee.name, committee.native_name)
    )
    out: list[Flowable] = [*publishing.letterhead(ctx), Spacer(1, 50 * mm)]
    out.append(ctx.para(ctx.user(names[0]), "committee"))
    if names[1]:
        out.append(ctx.para(ctx.user(names[1]), "native"))
    out.append(ctx.para(ctx.label("book_title", year=year), "title"))
    out.append(Spacer(1, 8 * mm))
    out.append(ctx.para(ctx.labels.plural("book_intro", len(entries)), "subtitle"))
    return out


def _status(ctx: Ctx, entry: BookEntry) -> str:
    if entry.record.approval is not None:
        a = entry.record.approval
        return ctx.labels(
            "status_approved", date=ctx.day(a.approved_on), v=a.version, code=a.content_digest[:16]
        )
    return ctx.label("book_draft")


def _contents(ctx: Ctx, entries: Sequence[BookEntry], pages: dict[int, int]) -> list[Flowable]:
    out: list[Flowable] = ctx.section("book_contents")
    if not entries:
        return [*out, ctx.para(ctx.label("book_empty"), "small")]
    rows = []
    for index, entry in enumerate(entries):
        r = entry.record
        title = minutes.title_text(r, ctx.lang, markup=False)
        page = str(pages.get(index, "")) or "\u00a0"
        rows.append(
            [
                ctx.para(ctx.lit(r.ref), "cell"),
                ctx.para(text.escape(_date(r, ctx)), "cell"),
                ctx.para(
                    text.escape(text.printable(title))
                    + (f" — {ctx.user(r.title)}" if r.title else ""),
                    "cell",
                ),
                ctx.para(_status(ctx, entry), "cell"),
                ctx.para(page, "cell"),
            ]
        )
    header = [
        ctx.label("book_col_meeting"),
        ctx.label("book_col_date"),
        ctx.label("book_col_minutes"),
        ctx.label("col_status"),
        ctx.label("book_col_page"),
    ]
    return [*out, table(ctx, header, rows, [0.10, 0.17, 0.43, 0.22, 0.08])]


def _closing(ctx: Ctx, entries: Sequence[BookEntry]) -> list[Flowable]:
    out: list[Flowable] = ctx.section("book_closing")
    rows = []
    for entry in entries:
        r = entry.record
        version = str(entry.version) if entry.version else ctx.label("book_not_approved")
        sha = entry.pdf_sha256 or "—"
        rows.append(
            [
                ctx.para(ctx.lit(r.ref), "cell"),
                ctx.para(text.escape(_date(r, ctx)), "cell"),
                ctx.para(version, "cell"),
                ctx.para(f"<font size='7'>{sha}</font>", "cell"),
            ]
        )
    header = [
        ctx.label("book_col_meeting"),
        ctx.label("book_col_date"),
        ctx.label("book_col_version"),
        ctx.label("book_col_sha"),
    ]
    return [*out, table(ctx, header, rows, [0.12, 0.20, 0.14, 0.54])]


def _meeting(ctx: Ctx, index: int, entry: BookEntry, pages: dict[int, int]) -> list[Flowable]:
    r = entry.record
    draft = r.approval is None
    mark = ctx.labels("watermark") if draft else ""
    outline = f"{r.ref} — {text.real_line(minutes.title_text(r, ctx.lang, markup=False), ctx.lang)}"
    body = minutes.story(r, ctx)
    for flowable in body:  # the meeting is the level-0 entry; its sections go one level down
        if isinstance(flowable, Heading):
            flowable.outline_level += 1
    head: list[Flowable] = [
        DocAssign(document.WATERMARK_VAR, repr(mark)),
        PageBreak(),
        _Marker(index, pages),
        Heading("", ctx.styles.small, outline=outline, level=0),
    ]
    if draft:
        head.append(ctx.para(f"<b>{ctx.label('book_draft')}</b>", "subtitle"))
    return [*head, *body]


def build_book(
    committee: Committee,
    year: int,
    entries: Sequence[BookEntry],
    *,
    lang: str | None = None,
    paper: str | None = None,
) -> bytes:
    """The session book of ``committee`` for ``year`` as PDF bytes (``entries`` in date order)."""
    house = committee.style
    paper = paper or house.paper
    ctx = Ctx.make(lang or committee.language, document.frame_width(paper), house=house)
    name = committee.native_name if ctx.lang == "ko" and committee.native_name else committee.name
    furniture = Furniture(
        header_left=text.one_line(house.header or f"{committee.code} — {name}", ctx.lang),
        header_right=ctx.labels("book_header", year=year),
        status="",
        page_label=ctx.labels("page", n="{n}"),
        total_label=ctx.labels("page_total", total="{total}"),
        footer_line=text.one_line(house.footer, ctx.lang),
    )
    meta = Metadata(
        title=text.real_line(f"{ctx.labels('book_title', year=year)} — {committee.name}", ctx.lang),
        author=text.real_line(committee.name, ctx.lang),
        subject=text.real_line(f"{committee.code} {year}", ctx.lang),
        keywords="; ".join(["Minutier", "session book", committee.code, str(year)]),
        lang=ctx.lang,
        created=dt.datetime(year, 12, 31, tzinfo=dt.UTC),
    )
    entries = [replace(e, record=replace(e.record, language=ctx.lang)) for e in entries]
    pages: dict[int, int] = {}

    def story() -> list[Flowable]:
        out: list[Flowable] = [DocAssign(document.WATERMARK_VAR, repr(""))]
        out += _cover(ctx, committee, year, entries)
        out += [PageBreak(), *_contents(ctx, entries, dict(pages))]
        for index, entry in enumerate(entries):
            out += _meeting(ctx, index, entry, pages)
        out += [DocAssign(document.WATERMARK_VAR, repr("")), PageBreak(), *_closing(ctx, entries)]
        return out

    document.render(story(), paper=paper, furniture=furniture, metadata=meta, face=ctx.styles.face)
    return document.render(
        story(), paper=paper, furniture=furniture, metadata=meta, face=ctx.styles.face
    )
