"""Numbers, money, dates and French typography as the PDFs write them (no Qt, no floats)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minutier.core.figures import Figure
from minutier.pdf import datefmt, numbers, text
from minutier.pdf.labels import Labels, ordinal

N = "\u00a0"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", f"400{N}milliards de wons (277{N}millions de dollars)"),
        ("en", "400 billion won ($277 million)"),
        ("ko", "4,000억 원 (2억 7,700만 달러)"),
    ],
)
def test_the_seed_capital_in_three_languages(lang: str, expected: str) -> None:
    capital = Figure.of_money("400000000000", "KRW", equivalent=("277000000", "USD"))
    assert numbers.figure(capital, lang) == expected


@pytest.mark.parametrize(
    ("lang", "quantity", "budget", "total"),
    [
        ("fr", f"8{N}000{N}GPU", f"1,8{N}billion de wons", f"jusqu’à 2{N}billions de wons"),
        ("en", f"8,000{N}GPU", "1.8 trillion won", "up to 2 trillion won"),
        ("ko", f"8,000{N}GPU", "1조 8,000억 원", "최대 2조 원"),
    ],
)
def test_quantities_and_scale_words(lang: str, quantity: str, budget: str, total: str) -> None:
    assert numbers.quantity("8000", "GPU", lang) == quantity
    assert numbers.money(1_800_000_000_000, "KRW", lang) == budget
    up_to = Figure.of_money("2000000000000", "KRW", qualifier="up_to")
    assert numbers.figure(up_to, lang) == total


def test_amounts_a_scale_word_cannot_state_exactly_keep_every_digit() -> None:
    assert numbers.money(123_456_789, "EUR", "fr") == f"1{N}234{N}567,89{N}euros"
    assert numbers.money(123_456_789, "EUR", "en") == "€1,234,567.89"
    assert numbers.money(123_456_789, "EUR", "ko") == "123만 4,567.89 유로"
    assert numbers.money(500_000_000, "EUR", "fr") == f"5{N}millions d’euros"  # elision
    assert numbers.money(150, "USD", "fr") == f"1,50{N}dollar"  # singular below 2
    assert numbers.money(-150, "USD", "en") == "-$1.50"
    assert numbers.money(12_345, "XOF", "fr") == f"12{N}345{N}XOF"  # unnamed currency: code


def test_percent_years_and_decimals() -> None:
    assert numbers.quantity("51", "%", "fr") == f"51{N}%"
    assert numbers.quantity("51", "%", "en") == "51%"
    assert numbers.quantity("2027", "année", "fr") == "2027"  # a year is not "2 027"
    assert numbers.quantity("1.8", "exaflop", "fr") == f"1,8{N}exaflop"
    target = Figure.of_quantity("1", "exaflop", qualifier="target")
    assert numbers.figure(target, "ko") == f"1{N}exaflop (목표)"


@given(st.integers(min_value=-(2**62), max_value=2**62), st.sampled_from(["KRW", "USD", "KWD"]))
def test_money_is_written_for_any_stored_amount(minor: int, currency: str) -> None:
    for lang in ("fr", "en", "ko"):
        written = numbers.money(minor, currency, lang)
        assert written and "e+" not in written.lower() and "E" not in written.replace("EUR", "")


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
        f"l’IA{N}: «{N}Si le gouvernement{N}»{N}; 51{N}%"
    )
    assert text.plain("Quoi? Vraiment!", "fr") == f"Quoi{N}? Vraiment{N}!"
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
    assert text.printable("ÿ Ÿ") == "y Y"  # decomposed to letters the font has
    assert text.printable("a\u202fb\u2212c") == f"a{N}b-c"
    assert text.printable("emoji 😀 שלום") == "emoji □ □□□□"
    assert text.printable("ctrl\x00\x07\u200b\u202e ok\tx") == "ctrl ok x"
    assert text.printable("e\u0301") == "é"  # NFC first


@given(st.text())
def test_printable_output_is_drawable(value: str) -> None:
    from minutier.pdf import fonts

    out = text.printable(value)
    assert fonts.drawable().issuperset(out.replace("\n", ""))
