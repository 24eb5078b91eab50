"""Pieces every PDF is built from: a context (language, labels, styles), names, figures, tables.

Everything a person typed enters a flowable through ``Ctx.user`` (escaped, see ``text``);
our own labels through ``Ctx.label``. Nothing else is allowed to produce Paragraph markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from minutier.core import numbers
from minutier.core.figures import Figure
from minutier.core.house_style import PLAIN, HouseStyle
from minutier.core.minutes_record import Action, Person
from minutier.pdf import datefmt, fonts, styles, text
from minutier.pdf.document import Heading
from minutier.pdf.labels import Labels
from minutier.pdf.styles import Styles

# Action table columns: key → share of the frame width.
ACTION_COLUMNS = {
    "number": 0.07,
    "meeting": 0.11,
    "item": 0.07,
    "text": 0.45,
    "owner": 0.20,
    "due": 0.12,
    "status": 0.11,
}
# Room a heading needs below it (itself and a few lines) before a page break is preferable.
_ROOM = {0: 64.0, 1: 58.0, 2: 44.0}
# Rows longer than this may be taller than a page: let the table split inside them.
_TALL_ROW_CHARS = 2_500
_TAG = re.compile(r"<[^>]*>")
_MARK = "<font color='#a40000'><b>[{}]</b></font> "  # as publishing.tag


def _unmarked(markup: str) -> str:
    """The text of our own label markup, for an outline entry."""
    return text.real_line(html.unescape(_TAG.sub("", markup)), "en")


@dataclass(frozen=True)
class Ctx:
    lang: str
    labels: Labels
    styles: Styles
    width: float
    house: HouseStyle = PLAIN

    @classmethod
    def make(
        cls,
        lang: str,
        width: float,
        *,
        face: fonts.Face | None = None,
        house: HouseStyle = PLAIN,
    ) -> Ctx:
        """The context of one document: ``house`` sets its typeface, accent and Korean terms."""
        labels = Labels(lang, chair_term=house.chair_term_ko)
        face = face or fonts.typeface(house.typeface)
        return cls(labels.lang, labels, styles.make(face, accent=house.accent), width, house)

    # -- text -------------------------------------------------------------------------------
    def user(self, value: str | None) -> str:
        """Markup for text a person typed."""
        return text.markup(value, self.lang)

    def label(self, key: str, **values: object) -> str:
        """Markup for one of our labels (values are already markup)."""
        return self.labels(key, **values)

    def lit(self, value: str) -> str:
        """Markup for a string we composed ourselves (escaped; no typography changes)."""
        return text.escape(text.printable(value))

    def para(self, markup: str, style: str = "body", **kw: object) -> Paragraph:
        """A paragraph; each run of Hangul (or other script the Latin face lacks) in its face."""
        st = getattr(self.styles, style)
        return Paragraph(text.typeset(markup, bold=st.fontName == self.styles.face.bold), st, **kw)

    def heading(self, markup: str, level: int = 0, *, outline: str | None = None) -> list[Flowable]:
        """A heading (h1, h2, h3 for level 0, 1, 2) that never ends a page alone.

        Levels 0 and 1 become outline entries (``outline``, or the label's plain text).
        """
        room = CondPageBreak(_ROOM[level])
        if level == 2:
            return [room, self.para(markup, "h3")]
        style = self.styles.h1 if level == 0 else self.styles.h2
        title = outline if outline is not None else _unmarked(markup)
        return [room, Heading(text.typeset(markup, bold=True), style, outline=title, level=level)]

    def section(self, key: str) -> list[Flowable]:
        """A level-0 heading from one of our labels."""
        return self.heading(self.label(key))

    # -- values -----------------------------------------------------------------------------
    def person(self, p: Person | None, *, both: bool = True) -> str:
        """Markup for a name: "Choi Sang Mok (최상목)"; Korean documents lead with the native name."""
        if p is None:
            return ""
        first, second = (p.native_name, p.name) if self.lang == "ko" else (p.name, p.native_name)
        if not first:
            first, second = second, ""
        if both and second and second != first:
            return f"{self.user(first)} ({self.user(second)})"
        return self.user(first)

    def name(self, p: Person) -> str:
        """A name as plain one-line text (outline entries, metadata), native first in Korean."""
        first = p.native_name if self.lang == "ko" and p.native_name else p.name
        return text.real_line(first or p.name, self.lang)

    def day(self, value: str | None) -> str:
        d = datefmt.parse_date(value)
        return datefmt.day(d, self.lang) if d else ""

    def short_day(self, value: str | None) -> str:
        return datefmt.short_day(value, self.lang)

    def figure_value(self, fig: Figure) -> str:
        return text.escape(numbers.figure(fig, self.lang))

    def figure_line(self, fig: Figure) -> str:
        value = self.figure_value(fig)
        if not fig.label:
            return value
        colon = f"{text.NBSP}:" if self.lang == "fr" else ":"
        return f"{self.user(fig.label)}{colon} {value}"

    def status(self, key: str) -> str:
        try:
            return self.labels(key)
        except KeyError:
            return self.lit(key)


def bullets(ctx: Ctx, lines: Iterable[str], style: str = "figure") -> list[Flowable]:
    return [ctx.para(line, style, bulletText="–") for line in lines]


def key_values(ctx: Ctx, rows: Sequence[tuple[str, str]], *, key_share: float = 0.2) -> Table:
    """A two-column block of label → value (both markup)."""
    data = [[ctx.para(k, "key"), ctx.para(v, "body")] for k, v in rows if v]
    widths = [ctx.width * key_share, ctx.width * (1 - key_share)]
    table = Table(
        data, colWidths=widths, hAlign="LEFT", style=styles.plain_grid(face=ctx.styles.face)
    )
    return table


def table(
    ctx: Ctx,
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    shares: Sequence[float],
    *,
    tall: bool = False,
    extra: Sequence[tuple] = (),
) -> Table:
    """A ruled table whose header row repeats on every page it spans."""
    scale = sum(shares)
    widths = [ctx.width * s / scale for s in shares]
    data = [[ctx.para(h, "head") for h in header], *rows]
    return Table(
        data,
        colWidths=widths,
        repeatRows=1,
        splitInRow=1 if tall else 0,
        hAlign="LEFT",
        style=styles.grid(*extra, face=ctx.styles.face),
    )


def action_table(
    ctx: Ctx,
    actions: Sequence[Action],
    columns: Sequence[str] = ("number", "text", "owner", "due", "status"),
    *,
    mark_overdue: bool = False,
) -> Table:
    """Actions as a table: number, action, owner, due date, status (and origin if asked)."""
    heads = {
        "number": ctx.label("col_number"),
        "meeting": ctx.label("col_meeting"),
        "item": ctx.label("col_item"),
        "text": ctx.label("col_action"),
        "owner": ctx.label("col_owner"),
        "due": ctx.label("col_due"),
        "status": ctx.label("col_status"),
    }
    rows = []
    for a in actions:
        late = mark_overdue and a.overdue
        due = ctx.short_day(a.due_on)
        cells = {
            "number": str(a.number),
            "meeting": ctx.lit(a.meeting or a.committee),
            "item": str(a.item) if a.item is not None else "",
            "text": (_MARK if a.confidential else "").format(ctx.label("confidential"))
            + ctx.user(a.text),
            "owner": ctx.person(a.owner, both=False),
            "due": f"<b>{due}</b><br/>{ctx.label('overdue')}" if late else due,
            "status": ctx.status(a.status),
        }
        rows.append(
            [ctx.para(cells[c], "late" if late and c == "due" else "cell") for c in columns]
        )
    tall = any(len(a.text) > _TALL_ROW_CHARS for a in actions)
    shares = [ACTION_COLUMNS[c] for c in columns]
    return table(ctx, [heads[c] for c in columns], rows, shares, tall=tall)
