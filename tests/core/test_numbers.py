"""Numbers, money and figures as every reader sees them: window, PDFs and exports (no floats)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minutier.core import numbers
from minutier.core.figures import Figure

N = "\u00a0"  # no-break space
T = "\u202f"  # narrow no-break space (French digit groups and %)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", f"400{N}milliards de{N}wons (277{N}millions de{N}dollars)"),
        ("en", f"400{N}billion{N}won ($277{N}million)"),
        ("ko", f"4,000억{N}원 (2억{N}7,700만{N}달러)"),
    ],
)
def test_the_seed_capital_in_three_languages(lang: str, expected: str) -> None:
    capital = Figure.of_money("400000000000", "KRW", equivalent=("277000000", "USD"))
    assert numbers.figure(capital, lang) == expected


@pytest.mark.parametrize(
    ("lang", "quantity", "budget", "total"),
    [
        ("fr", f"8{T}000{N}GPU", f"1,8{N}billion de{N}wons", f"jusqu’à 2{N}billions de{N}wons"),
        ("en", f"8,000{N}GPU", f"1.8{N}trillion{N}won", f"up to 2{N}trillion{N}won"),
        ("ko", f"8,000{N}GPU", f"1조{N}8,000억{N}원", f"최대 2조{N}원"),
    ],
)
def test_quantities_and_scale_words(lang: str, quantity: str, budget: str, total: str) -> None:
    assert numbers.quantity("8000", "GPU", lang) == quantity
    assert numbers.money(1_800_000_000_000, "KRW", lang) == budget
    up_to = Figure.of_money("2000000000000", "KRW", qualifier="up_to")
    assert numbers.figure(up_to, lang) == total


def test_amounts_a_scale_word_cannot_state_exactly_keep_every_digit() -> None:
    assert numbers.money(123_456_789, "EUR", "fr") == f"1{T}234{T}567,89{N}euros"
    assert numbers.money(123_456_789, "EUR", "en") == "€1,234,567.89"
    assert numbers.money(123_456_789, "EUR", "ko") == f"123만{N}4,567.89{N}유로"
    assert numbers.money(500_000_000, "EUR", "fr") == f"5{N}millions d’euros"  # elision
    assert numbers.money(150, "USD", "fr") == f"1,50{N}dollar"  # singular below 2
    assert numbers.money(-150, "USD", "en") == "-$1.50"
    assert numbers.money(12_345, "XOF", "fr") == f"12{T}345{N}XOF"  # unnamed currency: code


def test_percent_years_and_decimals() -> None:
    assert numbers.quantity("51", "%", "fr") == f"51{T}%"
    assert numbers.quantity("51", "%", "en") == "51%"
    assert numbers.quantity("2027", "année", "fr") == "2027"  # a year is not "2 027"
    assert numbers.quantity("1.8", "exaflop", "fr") == f"1,8{N}exaflop"
    target = Figure.of_quantity("1", "exaflop", qualifier="target")
    assert numbers.figure(target, "ko") == f"1{N}exaflop (목표)"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", f"Ouverture prévue{N}: 2027 (objectif)"),
        ("en", "Opening: 2027 (target)"),
        ("ko", "Opening: 2027 (목표)"),
    ],
)
def test_a_target_year_reads_the_same_everywhere(lang: str, expected: str) -> None:
    """Issue 14 #8: the window showed "Target 2027 année" / "목표 2027 année"."""
    label = "Ouverture prévue" if lang == "fr" else "Opening"
    fig = Figure.of_quantity("2027", "année", label=label, qualifier="target")
    assert numbers.figure_line(fig, lang) == expected
    assert "année" not in numbers.figure_line(fig, lang)


@given(st.integers(min_value=-(2**62), max_value=2**62), st.sampled_from(["KRW", "USD", "KWD"]))
def test_money_is_written_for_any_stored_amount(minor: int, currency: str) -> None:
    for lang in ("fr", "en", "ko"):
        written = numbers.money(minor, currency, lang)
        assert written and "e+" not in written.lower() and "E" not in written.replace("EUR", "")
        # A number never ends a line alone: no breakable space between digits and their words.
        assert (
            " " not in written.split("(")[0].replace(" de", "").replace(" d’", "") or lang == "en"
        )
