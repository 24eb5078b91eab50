"""Numbers stay with their units at line ends; metadata and bookmarks keep the real text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from pdf_readback import outline_titles, reader, text_of
from reportlab.platypus import Table
from test_hostile import record_with

from minutier.core.figures import Figure
from minutier.core.minutes_record import Committee
from minutier.pdf import build_minutes, text
from minutier.pdf.blocks import Ctx
from minutier.pdf.document import Furniture, Metadata, render

ARABIC_EMOJI = "مرحبا 😀 Comité"


def _lines_of(markup_lines: list[str], lang: str, width: float) -> list[str]:
    """The lines pdftotext reads from paragraphs set in a column ``width`` points wide."""
    ctx = Ctx.make(lang, width)
    column = Table([[ctx.para(m, "body")] for m in markup_lines], colWidths=[width])
    furniture = Furniture("", "", "", "{n} / ")
    meta = Metadata("t", "a", "s", "k", lang, dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    pdf = render([column], paper="a4", furniture=furniture, metadata=meta)
    return [line.strip() for line in text_of(pdf).splitlines() if line.strip()]


@pytest.mark.parametrize("lang", ["fr", "en", "ko"])
@pytest.mark.parametrize("width", [75.0, 90.0, 110.0, 140.0])
def test_amounts_never_split_from_their_words(lang: str, width: float) -> None:
    """In narrow columns (not narrower than the longest amount) an amount never ends a line
    before its scale word or unit ("400 | milliards" and "1,8 | billion" were seen)."""
    figs = [
        Figure.of_money("400000000000", "KRW", equivalent=("277000000", "USD")),
        Figure.of_money("1800000000000", "KRW"),
        Figure.of_quantity("8000", "GPU"),
        Figure.of_quantity("51", "%"),
        Figure.of_money("123456789", "EUR"),
    ]
    ctx = Ctx.make(lang, width)
    lines = _lines_of([ctx.figure_value(f) for f in figs], lang, width)
    joined = "\n".join(lines)
    # every digit group sits on a line with its scale word / unit / currency
    for line in lines:
        assert not re.fullmatch(r"[\d\s,.\u00a0\u202f]+", line), (line, joined)
        assert not re.fullmatch(r"(milliards|billion|millions?|trillion|GPU|%|euros|won)", line)
    for whole in ("400", "1,8", "1.8", "1조", "8 000", "8,000", "51", "4,000억"):
        for line in lines:
            if line.endswith(whole):
                pytest.fail(f"{whole!r} ends a line: {lines}")


def test_french_narrow_spaces_hold_in_the_pdf() -> None:
    lines = _lines_of([text.markup("« oui » ; 51 % ; quoi ? " * 12, "fr")], "fr", 120.0)
    for line in lines:
        assert not line.startswith(("»", ";", "%", "?")), lines
        assert not line.endswith("«"), lines


def test_metadata_and_bookmarks_keep_arabic_and_emoji() -> None:
    """Viewers draw Title, Subject and bookmarks in their own fonts: no □ there."""
    record = dataclasses.replace(
        record_with(ARABIC_EMOJI),
        committee=Committee(ARABIC_EMOJI, "HOST"),
    )
    pdf = build_minutes(record, lang="en")
    info = reader(pdf).metadata
    assert "مرحبا 😀" in info.title and "□" not in info.title
    assert "مرحبا 😀" in info.subject and "□" not in info.subject
    assert "مرحبا 😀" in info.author
    titles = [t for _, t in outline_titles(pdf)]
    assert any("مرحبا 😀" in t for t in titles), titles
    assert not any("□" in t for t in titles)
    # the page itself cannot draw them: □ there, visibly
    assert "□" in text_of(pdf)


@pytest.mark.parametrize("width", [90.0, 120.0, 160.0])
def test_typed_amounts_keep_their_words_too(width: float) -> None:
    """The demo's own text: "… 400 milliards de wons …" typed with plain spaces."""
    typed = (
        "Son capital initial s'élève à 400 milliards de wons (277 millions de dollars) ; "
        "l'investissement total pourrait atteindre 2 000 milliards de wons, le budget "
        "1,8 billion de wons, soit 8 000 GPU et 51 % du capital."
    )
    lines = _lines_of([text.markup(typed, "fr")], "fr", width)
    for line in lines:
        words = re.split(r"[ \u00a0\u202f]", line)
        assert words[0] not in {"milliards", "millions", "billion", "GPU", "%", "000"}, lines
        assert words[-1] not in {"400", "277", "2", "1,8", "8", "51"}, lines


def test_typed_amounts_in_korean() -> None:
    assert text.plain("4,000억 원과 2조 원", "ko") == "4,000억\u00a0원과 2조\u00a0원"
    assert text.plain("in 2025 2 people", "en") == "in 2025 2 people"  # not a digit group
