"""The agenda of a planned meeting as a PDF: its items with a timetable from the planned
durations, and the open actions of earlier meetings it carries over (overdue ones marked)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Spacer

from minutier.core.minutes_record import AgendaRecord
from minutier.pdf import datefmt, document, publishing, text
from minutier.pdf.blocks import Ctx, action_table, key_values, table
from minutier.pdf.document import Furniture, Metadata


def _when(record: AgendaRecord) -> tuple[dt.datetime, dt.datetime | None]:
    zone = record.committee.timezone
    start = datefmt.local(record.starts_at, zone, zone)
    return start, datefmt.local(record.ends_at, zone, zone) if record.ends_at else None


def agenda_story(record: AgendaRecord, ctx: Ctx) -> list[Flowable]:
    start, end = _when(record)
    c = record.committee
    first, second = (
        (c.native_name, c.name) if ctx.lang == "ko" and c.native_name else (c.name, c.native_name)
    )
    parent = c.parent_native_name if ctx.lang == "ko" and c.parent_native_name else c.parent_name
    out: list[Flowable] = publishing.letterhead(ctx)
    if parent:
        out.append(ctx.para(ctx.user(parent), "parent"))
    out.append(ctx.para(ctx.user(first), "committee"))
    if second:
        out.append(ctx.para(ctx.user(second), "native"))
    title = ctx.label("agenda_title", ord=ctx.labels.ordinal_markup(record.number), n=record.number)
    out.append(ctx.para(title, "title"))
    out.append(ctx.para(ctx.user(record.title), "subtitle") if record.title else Spacer(1, 8))
    rows = [
        (ctx.label("date"), text.escape(datefmt.span(start, end, c.timezone, ctx.lang))),
        (ctx.label("place"), ctx.user(record.place)),
        (ctx.label("chair"), ctx.person(record.chair)),
        (ctx.label("convener"), ctx.person(record.convener)),
        (ctx.label("reference"), ctx.lit(record.ref)),
    ]
    out += [key_values(ctx, rows), *ctx.section("agenda_items")]
    if not record.items:
        out.append(ctx.para(ctx.label("no_items"), "small"))
    else:
        at: dt.datetime | None = start
        lines = []
        for item in record.items:
            when = datefmt.clock(at, ctx.lang) if at is not None else ""
            at = (
                at + dt.timedelta(minutes=item.planned_minutes)
                if at is not None and item.planned_minutes
                else None
            )
            what = f"<b>{ctx.user(item.title)}</b>"
            if item.presenter:
                what += "<br/>" + ctx.label("presented_by", who=ctx.person(item.presenter))
            if item.notes.strip():
                what += "<br/>" + f"<font color='#555555'>{ctx.user(item.notes.strip())}</font>"
            length = (
                ctx.label("minutes_planned", n=item.planned_minutes) if item.planned_minutes else ""
            )
            lines.append(
                [
                    ctx.para(str(item.position), "cell"),
                    ctx.para(text.escape(when), "cell"),
                    ctx.para(what, "cell"),
                    ctx.para(length, "cell"),
                ]
            )
        header = [ctx.label(k) for k in ("col_number", "schedule", "col_item", "col_duration")]
        tall = any(len(i.notes) > 2_500 for i in record.items)
        out.append(table(ctx, header, lines, [0.07, 0.12, 0.69, 0.12], tall=tall))
    out += ctx.section("carried")
    if not record.carried:
        return [*out, ctx.para(ctx.label("no_carried"), "small")]
    columns = ("number", "meeting", "text", "owner", "due", "status")
    return [*out, action_table(ctx, record.carried, columns, mark_overdue=True)]


def build_agenda(record: AgendaRecord, *, lang: str | None = None, paper: str = "a4") -> bytes:
    """The agenda of ``record`` as PDF bytes."""
    house = record.committee.style
    ctx = Ctx.make(lang or record.language, document.frame_width(paper), house=house)
    start, _ = _when(record)
    c = record.committee
    name = c.native_name if ctx.lang == "ko" and c.native_name else c.name
    title = ctx.labels("agenda_title", ord=ctx.labels.ordinal(record.number), n=record.number)
    meeting = ctx.labels(
        "header_meeting",
        ord=ctx.labels.ordinal(record.number),
        n=record.number,
        date=datefmt.day(start.date(), ctx.lang),
    )
    furniture = Furniture(
        header_left=text.one_line(house.header or f"{c.code} — {name}", ctx.lang),
        header_right=meeting,
        status=ctx.labels("agenda"),
        page_label=ctx.labels("page", n="{n}"),
        total_label=ctx.labels("page_total", total="{total}"),
        footer_line=text.one_line(house.footer, ctx.lang),
    )
    meta = Metadata(
        title=text.real_line(f"{title} — {c.name}", ctx.lang),
        author=text.real_line(c.name, ctx.lang),
        subject=text.real_line(f"{record.ref} — {record.title or record.starts_at[:10]}", ctx.lang),
        keywords=f"Minutier; {record.ref}; agenda",
        lang=ctx.lang,
        created=start,
    )
    return document.render(
        agenda_story(record, ctx),
        paper=paper,
        furniture=furniture,
        metadata=meta,
        face=ctx.styles.face,
    )
