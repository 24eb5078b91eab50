"""Reports beside the minutes: open actions grouped by owner or initiative, and an initiative's
dossier (its figures and the timeline of what touched it across meetings)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, PageBreak, Spacer

from minutier.core.house_style import PLAIN, HouseStyle
from minutier.core.minutes_record import ActionGroup, ActionsReport, InitiativeDossier
from minutier.pdf import datefmt, document, publishing, text
from minutier.pdf.blocks import Ctx, action_table, bullets, key_values, table
from minutier.pdf.document import Furniture, Metadata


def _created(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day[:10]).replace(tzinfo=dt.UTC)


def _furniture(ctx: Ctx, left: str, right: str, status: str) -> Furniture:
    return Furniture(
        header_left=text.one_line(ctx.house.header or left, ctx.lang),
        header_right=text.one_line(right, ctx.lang),
        status=status,
        page_label=ctx.labels("page", n="{n}"),
        total_label=ctx.labels("page_total", total="{total}"),
        footer_line=text.one_line(ctx.house.footer, ctx.lang),
    )


def _group_name(ctx: Ctx, group: ActionGroup, group_by: str) -> str:
    if group.name is None:
        return ctx.label("no_owner" if group_by == "owner" else "no_initiative")
    return ctx.person(group.name)


def _cover(ctx: Ctx, report: ActionsReport) -> list[Flowable]:
    as_of = ctx.label("as_of", date=ctx.day(report.today))
    out: list[Flowable] = [
        Spacer(1, 30),
        ctx.para(ctx.label("actions_report"), "title"),
        ctx.para(f"{as_of} — {ctx.label('by_' + report.group_by)}", "subtitle"),
    ]
    if report.filters:
        words = ", ".join(
            ctx.label(f"filter_{kind}", name=ctx.user(name)) for kind, name in report.filters
        )
        out.append(ctx.para(ctx.label("filters", text=words), "body"))
    total = ctx.labels.plural("total_open", report.total)
    if report.overdue:
        total += ", " + ctx.label("total_overdue", n=report.overdue)
    out.append(ctx.para(f"<b>{total}</b>", "body"))
    if not report.groups:
        return [*out, ctx.para(ctx.label("no_open_actions"), "small")]
    head = ctx.label("col_group_" + report.group_by)
    rows = []
    for g in report.groups:
        dues = sorted(a.due_on for a in g.actions if a.due_on)
        rows.append(
            [
                ctx.para(_group_name(ctx, g, report.group_by), "cell"),
                ctx.para(str(len(g.actions)), "cell"),
                ctx.para(str(g.overdue) if g.overdue else "", "late" if g.overdue else "cell"),
                ctx.para(ctx.short_day(dues[0]) if dues else "", "cell"),
            ]
        )
    header = [head, ctx.label("col_open"), ctx.label("col_overdue"), ctx.label("col_next_due")]
    out += [Spacer(1, 8), table(ctx, header, rows, [0.55, 0.13, 0.13, 0.19])]
    return out


def actions_story(report: ActionsReport, ctx: Ctx) -> list[Flowable]:
    out = _cover(ctx, report)
    columns = ["number", "meeting", "text", "due", "status"]
    if report.group_by == "initiative":
        columns.insert(3, "owner")
    for index, g in enumerate(report.groups):
        name = _group_name(ctx, g, report.group_by)
        outline = (
            ctx.name(g.name)
            if g.name
            else ctx.labels("no_owner" if report.group_by == "owner" else "no_initiative")
        )
        out += [
            PageBreak() if index == 0 else Spacer(1, 6),
            *ctx.heading(f"{name} ({len(g.actions)})", 0, outline=outline),
            action_table(ctx, g.actions, columns, mark_overdue=True),
        ]
    return out


def build_actions_report(
    report: ActionsReport,
    *,
    lang: str | None = None,
    paper: str = "a4",
    house: HouseStyle = PLAIN,
) -> bytes:
    """The open-actions report as PDF bytes (``house``: the style of the committee it covers)."""
    ctx = Ctx.make(lang or report.language, document.frame_width(paper), house=house)
    title = ctx.labels("actions_report")
    as_of = ctx.labels("as_of", date=ctx.day(report.today))
    meta = Metadata(
        title=f"{title} — {as_of}",
        author=ctx.labels("report_author"),
        subject=ctx.labels("by_" + report.group_by),
        keywords="Minutier; actions",
        lang=ctx.lang,
        created=_created(report.today),
    )
    return document.render(
        [*publishing.letterhead(ctx), *actions_story(report, ctx)],
        paper=paper,
        furniture=_furniture(ctx, title, as_of, ctx.labels("report_author")),
        metadata=meta,
        face=ctx.styles.face,
    )


# -- initiative dossier --------------------------------------------------------------------------
def dossier_story(d: InitiativeDossier, ctx: Ctx) -> list[Flowable]:
    first, second = (
        (d.native_name, d.name) if ctx.lang == "ko" and d.native_name else (d.name, d.native_name)
    )
    out: list[Flowable] = [
        ctx.para(ctx.label("dossier"), "parent"),
        ctx.para(ctx.user(first), "title"),
    ]
    out.append(ctx.para(ctx.user(second), "subtitle") if second else Spacer(1, 10))
    rows = [
        (ctx.label("code"), ctx.user(d.code)),
        (ctx.label("owner_org"), ctx.person(d.owner)),
        (ctx.label("status"), ctx.status(d.status)),
        (ctx.label("start"), text.escape(datefmt.partial(d.start_on, ctx.lang))),
        (ctx.label("target"), text.escape(datefmt.partial(d.target_on, ctx.lang))),
        (ctx.label("parent"), ctx.user(d.parent)),
    ]
    out.append(key_values(ctx, rows, key_share=0.25))
    if d.description:
        out += [*ctx.section("description"), ctx.para(ctx.user(d.description), "body")]
    if d.figures:
        out += [
            *ctx.section("key_figures"),
            *bullets(ctx, [ctx.figure_line(f) for f in d.figures], "item"),
        ]
    out += ctx.section("timeline")
    if not d.timeline:
        return [*out, ctx.para(ctx.label("no_timeline"), "small")]
    rows_t = []
    for e in d.timeline:
        rows_t.append(
            [
                ctx.para(ctx.short_day(e.on_date), "cell"),
                ctx.para(ctx.label(f"kind_{e.kind}"), "cell"),
                ctx.para(ctx.lit(e.ref), "cell"),
                ctx.para(ctx.user(e.text), "cell"),
                ctx.para(_status(ctx, e.kind, e.status), "cell"),
            ]
        )
    header = [ctx.label(k) for k in ("col_date", "col_kind", "col_ref", "col_text", "col_status")]
    tall = any(len(e.text) > 2_500 for e in d.timeline)
    out.append(table(ctx, header, rows_t, [0.12, 0.12, 0.12, 0.52, 0.12], tall=tall))
    return out


def _status(ctx: Ctx, kind: str, status: str) -> str:
    if not status:
        return ""
    return ctx.status(f"meeting_{status}" if kind == "meeting" else status)


def build_initiative_dossier(
    d: InitiativeDossier, *, lang: str | None = None, paper: str = "a4"
) -> bytes:
    """An initiative's dossier as PDF bytes."""
    ctx = Ctx.make(lang or d.language, document.frame_width(paper))
    title = ctx.labels("dossier")
    name = text.real_line(d.native_name if ctx.lang == "ko" and d.native_name else d.name, ctx.lang)
    as_of = ctx.labels("as_of", date=ctx.day(d.today))
    meta = Metadata(
        title=f"{title} — {name}",
        author=text.real_line(d.owner.name, ctx.lang) if d.owner else ctx.labels("report_author"),
        subject=name,
        keywords=f"Minutier; initiative; {text.real_line(d.code, ctx.lang)}",
        lang=ctx.lang,
        created=_created(d.today),
    )
    return document.render(
        dossier_story(d, ctx),
        paper=paper,
        furniture=_furniture(ctx, f"{title} — {name}", as_of, ctx.labels("report_author")),
        metadata=meta,
    )
