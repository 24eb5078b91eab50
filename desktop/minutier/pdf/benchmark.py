"""Scale check of the minutes: a 500-action, 50-item meeting against a bare reportlab document.

``compare_with_bare`` builds, in the same run, the real minutes of a synthetic meeting (from
the record: escaping, typography, styles, page furniture, outline, page total) and a bare
``SimpleDocTemplate`` holding the same texts and tables (the paragraph markup of the real
story, one style, plain ruled tables, nothing else), and reports the best of ``repeat`` times
of each and their ratio (target: at most 1.5).
The benchmark (``minutier.bench``) and the tests call it; it needs no database.
"""

from __future__ import annotations

import html
import time
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from minutier.core.figures import Figure
from minutier.core.minutes_record import (
    Action,
    AgendaItem,
    Announcement,
    Attendee,
    Committee,
    Decision,
    MinutesRecord,
    Note,
    Person,
    Source,
)
from minutier.pdf import document, fonts
from minutier.pdf.blocks import Ctx
from minutier.pdf.minutes import build_minutes, story

_WORDS = (
    "infrastructure informatique calcul budget centre national supercalculateur décision "
    "ministère coopération secteur privé public capacité réseau 인공지능 컴퓨팅 예산 계획 "
    "l'IA « objectif » région données énergie"
).split()
_OWNERS = (
    Person("Ministère des Sciences et des TIC", "과학기술정보통신부"),
    Person("Ministère des Finances", "기획재정부"),
    Person("Choi Sang Mok", "최상목"),
    Person("Agence nationale du numérique"),
)
_STATUSES = ("open", "in_progress", "done", "blocked", "cancelled")


def _sentence(seed: int, words: int) -> str:
    return (
        " ".join(_WORDS[(seed * 7 + i * 13) % len(_WORDS)] for i in range(words)).capitalize() + "."
    )


def synthetic_minutes(
    n_actions: int = 500, n_items: int = 50, *, lang: str = "fr"
) -> MinutesRecord:
    """A deterministic meeting of ``n_items`` agenda items sharing ``n_actions`` actions."""
    items = []
    number = 0
    for i in range(1, n_items + 1):
        share = n_actions // n_items + (1 if i <= n_actions % n_items else 0)
        actions = []
        for _ in range(share):
            number += 1
            actions.append(
                Action(
                    number=number,
                    text=_sentence(number, 6 + number % 9),
                    owner=_OWNERS[number % len(_OWNERS)],
                    due_on=f"2025-{1 + number % 12:02d}-{1 + number % 28:02d}",
                    status=_STATUSES[number % len(_STATUSES)],
                    item=i,
                )
            )
        items.append(
            AgendaItem(
                position=i,
                title=_sentence(i, 6),
                presenter=_OWNERS[2],
                notes=_sentence(i * 3, 30),
                timed_notes=(Note(_sentence(i * 5, 12), "2025-02-16T10:15"),),
                announcements=(
                    Announcement(
                        _sentence(i * 11, 15),
                        speaker=_OWNERS[2],
                        figures=(
                            Figure.of_quantity("8000", "GPU", label="GPU"),
                            Figure.of_money(
                                "400000000000",
                                "KRW",
                                label="Capital",
                                equivalent=("277000000", "USD"),
                            ),
                        ),
                        initiatives=(
                            Person("Centre national de calcul de l'IA", "국가AI컴퓨팅센터"),
                        ),
                    ),
                ),
                decisions=(
                    Decision(
                        i, _sentence(i * 13, 12), votes_for=12, votes_against=1, votes_abstain=2
                    ),
                ),
                actions=tuple(actions),
            )
        )
    return MinutesRecord(
        committee=Committee(
            "Comité spécial sur l'infrastructure informatique de l'IA",
            "CSIIA",
            timezone="Asia/Seoul",
            native_name="AI 컴퓨팅 인프라 특별위원회",
            parent_name="Comité national de l'IA",
        ),
        number=3,
        starts_at="2025-02-16T10:00",
        ends_at="2025-02-16T12:00",
        language=lang,
        title="Réunion de charge",
        place="Séoul",
        chair=_OWNERS[2],
        convener=_OWNERS[2],
        status="minutes_drafted",
        attendance=tuple(Attendee(_OWNERS[2], capacity="Président") for _ in range(3)),
        agenda=tuple(items),
        source=Source("Korea Herald", "Korea Herald"),
    )


def bare_content(record: MinutesRecord) -> list[str | list[list[str]]]:
    """The texts (paragraph markup) and tables (rows of cell markup) of the minutes, in order.

    Taken from the real story, so the bare document prints exactly the same words.
    """
    ctx = Ctx.make(record.language, document.frame_width("a4"))
    out: list[str | list[list[str]]] = []

    def cell_text(cell: Any) -> str:
        if isinstance(cell, Paragraph):
            return cell.text
        if isinstance(cell, list | tuple):
            return "<br/>".join(
                cell_text(c) for c in cell if isinstance(c, Paragraph | list | tuple)
            )
        return html.escape(str(cell), quote=False)

    def walk(flowables: Any) -> None:
        for f in flowables:
            if isinstance(f, Table):
                out.append([[cell_text(c) for c in row] for row in f._cellvalues])
            elif isinstance(f, Paragraph):
                out.append(f.text)
            elif isinstance(f, KeepTogether):
                walk(f._content)

    walk(story(record, ctx))
    return out


def bare_document(content: list[str | list[list[str]]]) -> bytes:
    """Plain reportlab: one paragraph style, plain ruled tables, no furniture, no outline."""
    import io

    fonts.register()
    style = ParagraphStyle("bare", fontName=fonts.REGULAR, fontSize=10, leading=13.5)
    cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=8.5, leading=11)
    grid = TableStyle(
        [("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("GRID", (0, 0), (-1, -1), 0.25, "grey")]
    )
    width = document.frame_width("a4")
    flowables: list[Any] = []
    for item in content:
        if isinstance(item, str):
            flowables.append(Paragraph(item, style))
        else:
            columns = max(len(r) for r in item)
            flowables.append(
                Table(
                    [[Paragraph(t, cell) for t in row] for row in item],
                    colWidths=[width / columns] * columns,
                    repeatRows=1,
                    style=grid,
                )
            )
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, invariant=1).build(flowables)
    return buffer.getvalue()


def compare_with_bare(
    n_actions: int = 500, n_items: int = 50, *, repeat: int = 1
) -> dict[str, Any]:
    """Time the minutes of a synthetic meeting and the bare document; best of ``repeat`` each."""
    record = synthetic_minutes(n_actions, n_items)
    build_minutes(synthetic_minutes(2, 1))  # fonts and caches warm before timing
    content = bare_content(record)
    ours, bare = float("inf"), float("inf")
    pdf = b""
    for _ in range(repeat):
        t = time.perf_counter()
        pdf = build_minutes(record)
        ours = min(ours, time.perf_counter() - t)
        t = time.perf_counter()
        bare_document(content)
        bare = min(bare, time.perf_counter() - t)
    return {
        "n_actions": n_actions,
        "n_items": n_items,
        "pages": document.page_count(pdf),
        "minutes_seconds": round(ours, 3),
        "bare_seconds": round(bare, 3),
        "ratio": round(ours / bare, 2) if bare else None,
        "target_ratio": 1.5,
    }


if __name__ == "__main__":  # python -m minutier.pdf.benchmark
    print(compare_with_bare(repeat=3))
