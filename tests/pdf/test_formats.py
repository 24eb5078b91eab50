"""Dates and French typography as the PDFs write them (numbers: tests/core/test_numbers.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minutier.pdf import datefmt, text
from minutier.pdf.labels import Labels, ordinal

N = "\u00a0"
T = "\u202f"  # French: narrow no-break space before ; ? ! % » and after «


@pytest.mark.parametrize(
    ("lang", "long", "short"),
    [
        ("fr", f"dimanche 16{N}février 2025", "16/02/2025"),
        ("en", "Sunday 16 February 2025", "16 Feb 2025"),
        ("ko", "2025년 2월 16일 (일)", "2025.2.16."),
    ],
)
def test_dates(lang: str, long: str, short: str) -> None:
    day = dt.date(2025, 2, 16)
    assert datefmt.long_day(day, lang) == long
    assert datefmt.short_day(day, lang) == short
    assert datefmt.day(dt.date(2025, 3, 1), "fr") == f"1er{N}mars 2025"


def test_meeting_span_in_the_committee_zone() -> None:
    start = datefmt.local("2025-02-16T10:00", "Asia/Seoul", "Asia/Seoul")
    end = datefmt.local("2025-02-16T12:00", "Asia/Seoul", "Asia/Seoul")
    assert datefmt.span(start, end, "Asia/Seoul", "fr") == (
        f"dimanche 16{N}février 2025, 10{N}h{N}00–12{N}h{N}00 (Asia/Seoul, UTC+09:00)"
    )
    # a meeting stored in Paris time, shown in the committee's Seoul time
    paris = datefmt.local("2025-02-16T02:00", "Europe/Paris", "Asia/Seoul")
    assert (paris.hour, datefmt.offset(paris)) == (10, "UTC+09:00")


def test_ordinals() -> None:
    assert [ordinal(n, "fr") for n in (1, 2, 3)] == ["1re", "2e", "3e"]
    assert [ordinal(n, "en") for n in (1, 2, 3, 11, 12, 13, 21, 22)] == [
        "1st",
        "2nd",
        "3rd",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
    ]
    assert ordinal(3, "ko") == "제3차"
    assert Labels("fr")("minutes_title", ord="3e", n=3) == "Procès-verbal de la 3e réunion"


def test_french_typography() -> None:
    assert text.plain("l'IA : « Si le gouvernement » ; 51 %", "fr") == (
        f"l’IA{N}: «{T}Si le gouvernement{T}»{T}; 51{T}%"
    )
    assert text.plain("Quoi? Vraiment!", "fr") == f"Quoi{T}? Vraiment{T}!"
    assert text.plain("https://example.org/a?b=1 at 10:00", "fr") == (
        "https://example.org/a?b=1 at 10:00"
    )
    # other languages keep straight apostrophes but never let punctuation hang alone
    assert text.plain("l'IA ; yes", "en") == f"l'IA{N}; yes"


def test_escaping_keeps_markup_out() -> None:
    assert text.markup("<b>unclosed & R&D &eacute; <font color=red>", "en") == (
        "&lt;b&gt;unclosed &amp; R&amp;D &amp;eacute; &lt;font color=red&gt;"
    )
    assert text.markup("a\nb\r\nc", "en") == "a<br/>b<br/>c"


def test_printable_replaces_what_the_font_cannot_draw() -> None:
    assert text.printable("ÿ Ÿ") == "ÿ Ÿ"  # the Latin face has every French letter
    assert text.printable("a\u202fb\u2212c") == "a\u202fb-c"  # − has no glyph: a close one
    assert text.printable("emoji 😀 שלום") == "emoji □ □□□□"
    assert text.printable("ctrl\x00\x07\u200b\u202e ok\tx") == "ctrl ok x"
    assert text.printable("e\u0301") == "é"  # NFC first


@given(st.text())
def test_printable_output_is_drawable(value: str) -> None:
    from minutier.pdf import fonts

    out = text.printable(value)
    assert fonts.drawable().issuperset(out.replace("\n", ""))
