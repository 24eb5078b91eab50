"""The minutes of a meeting as a PDF: title block, attendance, agenda, proceedings, actions,
source, approval and signatures, with the shared page furniture.

``build_minutes(record, lang=..., paper=...)`` is what the interface, the command line and the
approval service call; it takes a ``core.minutes_record.MinutesRecord`` and returns bytes. The
footer of an approved version prints the first 16 hex digits of the SHA-256 of its approved
*content* (``Approval.content_digest``, see ``services.minutes``): a document cannot carry the
hash of its own bytes, which the register keeps beside it instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from minutier.core import confidential
from minutier.core.confidential import INTERNAL
from minutier.core.minutes_record import AgendaItem, Announcement, Decision, MinutesRecord
from minutier.pdf import datefmt, document, publishing, styles, text
from minutier.pdf.attachments_annex import attachments_annex
from minutier.pdf.blocks import Ctx, action_table, bullets, key_values, table
from minutier.pdf.document import Furniture, Metadata
from minutier.pdf.labels import Labels
from minutier.pdf.quorum_block import quorum_block


def _when(record: MinutesRecord) -> tuple[dt.datetime, dt.datetime | None]:
    zone = record.committee.timezone
    start = datefmt.local(record.starts_at, zone, zone)
    end = datefmt.local(record.ends_at, zone, zone) if record.ends_at else None
    return start, end


def title_text(record: MinutesRecord, lang: str, *, markup: bool) -> str:
    """ "Procès-verbal de la 3e réunion" (with a superscript "e" in the document itself)."""
    labels = Labels(lang)
    ordinal = labels.ordinal_markup(record.number) if markup else labels.ordinal(record.number)
    return labels("minutes_title", ord=ordinal, n=record.number)


def _committee_block(ctx: Ctx, record: MinutesRecord, title_markup: str) -> list[Flowable]:
    c = record.committee
    names = (
        (c.native_name, c.name) if ctx.lang == "ko" and c.native_name else (c.name, c.native_name)
    )
    parents = (
        (c.parent_native_name, c.parent_name)
        if ctx.lang == "ko" and c.parent_native_name
        else (c.parent_name, c.parent_native_name)
    )
    out: list[Flowable] = []
    if parents[0]:
        line = ctx.user(parents[0]) + (f" · {ctx.user(parents[1])}" if parents[1] else "")
        out.append(ctx.para(line, "parent"))
    out.append(ctx.para(ctx.user(names[0]), "committee"))
    if names[1]:
        out.append(ctx.para(ctx.user(names[1]), "native"))
    out.append(ctx.para(title_markup, "title"))
    return out


def _title_block(ctx: Ctx, record: MinutesRecord) -> list[Flowable]:
    start, end = _when(record)
    out = publishing.letterhead(ctx)
    out += _committee_block(ctx, record, title_text(record, ctx.lang, markup=True))
    if record.title:
        out.append(ctx.para(ctx.user(record.title), "subtitle"))
    else:
        out.append(Spacer(1, 8))
    rows = [
        (
            ctx.label("date"),
            text.escape(datefmt.span(start, end, record.committee.timezone, ctx.lang)),
        ),
        (ctx.label("place"), ctx.user(record.place)),
        (ctx.label("chair"), ctx.person(record.chair)),
        (ctx.label("convener"), ctx.person(record.convener)),
        (ctx.label("secretary"), ctx.person(record.secretary)),
        (ctx.label("reference"), ctx.lit(record.ref)),
    ]
    out.append(key_values(ctx, rows))
    out += publishing.edition_block(ctx, record)
    return out


def _attendance(ctx: Ctx, record: MinutesRecord) -> list[Flowable]:
    out: list[Flowable] = ctx.section("attendance")
    if not record.attendance:
        return [*out, ctx.para(ctx.label("no_attendance"), "small")]
    rows = []
    for a in record.attendance:
        capacity = ctx.user(a.capacity)
        if a.role:
            role = ctx.status(f"role_{a.role}")
            capacity = f"{capacity}, {role}" if capacity else role
        if a.status == "represented":
            status = (
                ctx.label("represented", who=ctx.person(a.represented_by, both=False))
                if a.represented_by
                else ctx.label("represented_nobody")
            )
        else:
            status = ctx.status(a.status)
        rows.append(
            [
                ctx.para(ctx.person(a.person), "cell"),
                ctx.para(capacity, "cell"),
                ctx.para(status, "cell"),
            ]
        )
    header = [ctx.label("col_name"), ctx.label("col_capacity"), ctx.label("col_attendance")]
    header, rows, shares = publishing.attendance_rows(ctx, header, rows, [0.34, 0.46, 0.20])
    out.append(table(ctx, header, rows, shares))
    return out


def _item_line(ctx: Ctx, item: AgendaItem) -> str:
    line = f"{item.position}.\u00a0{publishing.tag(ctx, item.confidential)}{ctx.user(item.title)}"
    extras = []
    if item.presenter:
        extras.append(ctx.label("presented_by", who=ctx.person(item.presenter, both=False)))
    if item.planned_minutes:
        extras.append(ctx.label("minutes_planned", n=item.planned_minutes))
    if extras:
        line += f" <font size=8.5 color='#555555'>— {', '.join(extras)}</font>"
    return line


def _agenda(ctx: Ctx, record: MinutesRecord) -> list[Flowable]:
    out: list[Flowable] = ctx.section("agenda")
    out += [ctx.para(_item_line(ctx, item), "item") for item in record.agenda]
    return out


def _announcement(ctx: Ctx, a: Announcement) -> list[Flowable]:
    body = publishing.tag(ctx, a.confidential) + ctx.user(a.text)
    if a.speaker:
        body = f"<b>{ctx.label('speaker', who=ctx.person(a.speaker, both=False))}</b> {body}"
    lines = [ctx.figure_line(f) for f in a.figures]
    if a.initiatives:
        names = ", ".join(ctx.person(n, both=False) for n in a.initiatives)
        lines.append(ctx.label("initiatives", names=names))
    return [ctx.para(body, "item", bulletText="•"), *bullets(ctx, lines)]


def _votes(ctx: Ctx, d: Decision) -> str:
    if d.votes_for is None and d.votes_against is None and d.votes_abstain is None:
        return ""
    abstain = ctx.labels.plural("abstentions", d.votes_abstain or 0)
    return ctx.label("votes", for_=d.votes_for or 0, against=d.votes_against or 0, abstain=abstain)


def _decision(ctx: Ctx, d: Decision) -> list[Flowable]:
    head = f"{publishing.tag(ctx, d.confidential)}<b>{ctx.label('decision', n=d.number)}</b> ({ctx.status(d.status)})"
    out: list[Flowable] = [ctx.para(f"{head} — {ctx.user(d.text)}", "item", bulletText="•")]
    lines = [v for v in [_votes(ctx, d)] if v]
    lines += [ctx.figure_line(f) for f in d.figures]
    if d.initiatives:
        lines.append(
            ctx.label(
                "initiatives", names=", ".join(ctx.person(n, both=False) for n in d.initiatives)
            )
        )
    out += bullets(ctx, lines)
    return out


def _notes(ctx: Ctx, item: AgendaItem) -> list[Flowable]:
    out: list[Flowable] = []
    for block in item.notes.replace("\r\n", "\n").split("\n\n"):
        if block.strip():
            out.append(ctx.para(ctx.user(block.strip("\n")), "body"))
    for note in item.timed_notes:
        stamp = ""
        if note.recorded_at:
            stamp = datefmt.clock(dt.datetime.fromisoformat(note.recorded_at), ctx.lang) + " — "
        mark = publishing.tag(ctx, note.confidential)
        out.append(
            ctx.para(mark + text.escape(stamp) + ctx.user(note.text), "item", bulletText="•")
        )
    return out


def _item(ctx: Ctx, item: AgendaItem, heading_markup: str, outline: str) -> list[Flowable]:
    out: list[Flowable] = ctx.heading(heading_markup, 1, outline=outline)
    if item.presenter:
        out.append(ctx.para(ctx.label("presented_by", who=ctx.person(item.presenter)), "small"))
    if item.is_empty:
        return [*out, ctx.para(ctx.label("nothing_recorded"), "small")]
    notes = _notes(ctx, item)
    if notes:
        out += [*ctx.heading(ctx.label("discussion"), 2), *notes]
    if item.announcements:
        out += ctx.heading(ctx.label("announcements"), 2)
        for a in item.announcements:
            out += _announcement(ctx, a)
    if item.decisions:
        out += ctx.heading(ctx.label("decisions"), 2)
        for d in item.decisions:
            out += _decision(ctx, d)
    if item.actions:
        out += [*ctx.heading(ctx.label("actions"), 2), action_table(ctx, item.actions)]
    return out


def _proceedings(ctx: Ctx, record: MinutesRecord) -> list[Flowable]:
    out: list[Flowable] = ctx.section("proceedings")
    for item in record.agenda:
        markup = f"{item.position}. {publishing.tag(ctx, item.confidential)}{ctx.user(item.title)}"
        outline = f"{item.position}. {text.real_line(item.title, ctx.lang)}"
        out += _item(ctx, item, markup, outline)
    if record.other is not None and not record.other.is_empty:
        label = ctx.label("other_business")
        out += _item(ctx, record.other, label, label)
    return out


def _summary(ctx: Ctx, record: MinutesRecord) -> list[Flowable]:
    out: list[Flowable] = ctx.section("summary")
    actions = record.actions()
    if not actions:
        return [*out, ctx.para(ctx.label("no_actions"), "small")]
    columns = ("number", "item", "text", "owner", "due", "status")
    return [*out, action_table(ctx, sorted(actions, key=lambda a: a.number), columns)]


def _source(ctx: Ctx, record: MinutesRecord) -> list[Flowable]:
    s = record.source
    if s is None:
        return []
    parts = [f"<b>{ctx.user(s.title)}</b>"]
    if s.publisher:
        parts.append(ctx.user(s.publisher))
    if s.published_on:
        parts.append(ctx.label("published", date=ctx.day(s.published_on)))
    out: list[Flowable] = [*ctx.section("source"), ctx.para(", ".join(parts), "body")]
    if s.url:
        out.append(ctx.para(ctx.user(s.url), "small"))
    return out


def _approval(ctx: Ctx, record: MinutesRecord) -> list[Flowable]:
    a = record.approval
    done = [m for m in record.amendments if not m.pending]
    if a is None and not done:
        return []
    out: list[Flowable] = ctx.section("approval")
    if a is not None:
        at = ""
        if a.at_meeting:
            ordinal = ctx.labels.ordinal(a.at_meeting_number or 0)
            at = ctx.label("approved_at", ord=ordinal, ref=ctx.lit(a.at_meeting))
        out.append(
            ctx.para(
                ctx.label("approved_text", date=ctx.day(a.approved_on), at=at, v=a.version), "body"
            )
        )
        out.append(ctx.para(ctx.label("digest_text", digest=a.content_digest), "small"))
    for m in done:
        line = ctx.label(
            "amendment_text", v=m.version, date=ctx.day(m.on), reason=ctx.user(m.reason)
        )
        out.append(ctx.para(line, "body"))
    return out


def _signatures(ctx: Ctx, record: MinutesRecord) -> list[Flowable]:
    def block(role: str, who: str) -> list[Flowable]:
        return [
            ctx.para(f"<b>{ctx.label(role)}</b>", "body"),
            ctx.para(who or "\u00a0", "body"),
            Spacer(1, 14 * mm),
            ctx.para(ctx.label("sig_line") + " " + "_" * 24, "small"),
            ctx.para(ctx.label("sig_date") + " " + "_" * 24, "small"),
        ]

    cells = [
        [
            block("sig_chair", ctx.person(record.chair)),
            block("sig_secretary", ctx.person(record.secretary)),
        ]
    ]
    grid = Table(
        cells,
        colWidths=[ctx.width / 2] * 2,
        hAlign="LEFT",
        style=styles.plain_grid(face=ctx.styles.face),
    )
    return [KeepTogether([*ctx.section("signatures"), grid])]


def story(record: MinutesRecord, ctx: Ctx) -> list[Flowable]:
    """Every flowable of the minutes, in reading order."""
    return [
        *_title_block(ctx, record),
        *_attendance(ctx, record),
        *quorum_block(ctx, record),
        *_agenda(ctx, record),
        *_proceedings(ctx, record),
        *_summary(ctx, record),
        *_source(ctx, record),
        *_approval(ctx, record),
        *_signatures(ctx, record),
        *attachments_annex(ctx, record),
    ]


def furniture(record: MinutesRecord, ctx: Ctx) -> Furniture:
    start, _ = _when(record)
    c = record.committee
    name = c.native_name if ctx.lang == "ko" and c.native_name else c.name
    meeting = ctx.labels(
        "header_meeting",
        ord=ctx.labels.ordinal(record.number),
        n=record.number,
        date=datefmt.day(start.date(), ctx.lang),
    )
    a = record.approval
    pending = next((m for m in record.amendments if m.pending), None)
    if a is not None:
        key = "status_approved" if a.official else "status_reproduction"
        status = ctx.labels(
            key, date=ctx.day(a.approved_on), v=a.version, code=a.content_digest[:16]
        )
    elif pending is not None:
        status = ctx.labels("status_amendment", v=pending.version)
    elif record.status == "minutes_approved":
        status = ctx.labels("status_unrecorded")
    else:
        status = ctx.labels("status_draft")
    draft = a is None and record.status != "minutes_approved"
    status = publishing.edition_status(ctx, record, status)
    left = ctx.house.header or f"{c.code} — {name}"
    return Furniture(
        header_left=text.one_line(left, ctx.lang),
        header_right=meeting,
        status=status,
        page_label=ctx.labels("page", n="{n}"),
        total_label=ctx.labels("page_total", total="{total}"),
        watermark=ctx.labels("watermark") if draft else "",
        footer_line=text.one_line(ctx.house.footer, ctx.lang),
    )


def metadata(record: MinutesRecord, lang: str) -> Metadata:
    start, _ = _when(record)
    c = record.committee
    title = text.real_line(f"{title_text(record, lang, markup=False)} — {c.name}", lang)
    keywords = ["Minutier", record.ref, record.status]
    if record.approval is not None:
        keywords += [
            f"version {record.approval.version}",
            f"content-sha256:{record.approval.content_digest}",
        ]
    return Metadata(
        title=title,
        author=text.real_line(c.name, lang),
        subject=text.real_line(f"{record.ref} — {record.title or record.starts_at[:10]}", lang),
        keywords="; ".join(keywords),
        lang=lang,
        created=start,
    )


def build_minutes(
    record: MinutesRecord,
    *,
    lang: str | None = None,
    paper: str | None = None,
    edition: str = INTERNAL,
    signatures: bool | None = None,
) -> bytes:
    """The minutes of ``record`` as PDF bytes, in ``lang`` (default: the record's language).

    ``paper`` defaults to the committee's house style; ``edition`` "public" leaves confidential
    parts out (``core.confidential``); ``signatures`` adds a signature column to the
    attendance list (default: as the house style says).
    """
    house = record.committee.style
    if signatures is not None:
        house = replace(house, attendance_signatures=signatures)
    paper = paper or house.paper
    record = confidential.edition(record, edition)
    ctx = Ctx.make(lang or record.language, document.frame_width(paper), house=house)
    return document.render(
        story(record, ctx),
        paper=paper,
        furniture=furniture(record, ctx),
        metadata=metadata(record, ctx.lang),
        face=ctx.styles.face,
    )
