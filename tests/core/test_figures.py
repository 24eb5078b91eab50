"""Figures: money as integer minor units of an ISO 4217 code, quantities as exact decimal text."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutier.core.errors import ValidationError
from minutier.core.figures import (
    MAX_ABS_MINOR,
    Figure,
    canonical_quantity,
    check_currency,
    currency_exponent,
    from_minor_units,
    to_minor_units,
)


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        ("400000000000", "KRW", 400_000_000_000),
        ("400 000 000 000", "KRW", 400_000_000_000),
        ("400\u00a0000\u00a0000\u00a0000", "KRW", 400_000_000_000),
        ("400,000,000,000", "KRW", 400_000_000_000),
        ("277000000", "USD", 27_700_000_000),
        ("12.34", "USD", 1234),
        ("12,34", "EUR", 1234),
        ("1,234.56", "USD", 123456),
        ("1 234,56", "EUR", 123456),
        ("0,125", "KWD", 125),
        ("1.234", "KWD", 1234),
        ("7", "KWD", 7000),
        (5, "JPY", 5),
        (Decimal("0.5"), "USD", 50),
        ("-3", "USD", -300),
    ],
)
def test_to_minor_units(amount: object, currency: str, minor: int) -> None:
    assert to_minor_units(amount, currency) == minor  # type: ignore[arg-type]
    assert isinstance(to_minor_units(amount, currency), int)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("amount", "currency"),
    [("1.5", "KRW"), ("0.001", "USD"), ("0.0001", "KWD"), ("0.5", "JPY")],
)
def test_amounts_finer_than_the_minor_unit_are_refused(amount: str, currency: str) -> None:
    with pytest.raises(ValidationError, match=f"{currency} has no smaller unit"):
        to_minor_units(amount, currency)


@pytest.mark.parametrize("amount", ["1e30", "9" * 40, str(MAX_ABS_MINOR // 100 + 1)])
def test_huge_amounts_are_refused(amount: str) -> None:
    with pytest.raises(ValidationError, match="too large"):
        to_minor_units(amount, "USD")


def test_largest_amount_fits_sqlite() -> None:
    assert to_minor_units(str(MAX_ABS_MINOR), "KRW") == MAX_ABS_MINOR
    assert MAX_ABS_MINOR < 2**63
    with pytest.raises(ValidationError):
        to_minor_units(str(MAX_ABS_MINOR + 1), "KRW")


@pytest.mark.parametrize(
    "amount", ["", "  ", "abc", "NaN", "Infinity", "-inf", "1.2.3", "1,2,3.4.5", "12€", "0x10"]
)
def test_non_numbers_are_refused(amount: str) -> None:
    with pytest.raises(ValidationError) as e:
        to_minor_units(amount, "EUR", field="montant")
    assert e.value.field == "montant"


@pytest.mark.parametrize("text", ["8,000", "400,000", "1,250", "-2,500"])
def test_a_comma_before_three_digits_is_ambiguous_and_refused(text: str) -> None:
    # "8,000" is eight thousand in English and Korean, eight in French: never guess.
    with pytest.raises(ValidationError, match="thousands"):
        canonical_quantity(text)
    with pytest.raises(ValidationError, match="thousands"):
        to_minor_units(text, "KRW")


def test_currency_exponents_and_codes() -> None:
    assert [currency_exponent(c) for c in ("KRW", "USD", "EUR", "KWD", "JPY", "CLF")] == [
        0,
        2,
        2,
        3,
        0,
        4,
    ]
    assert check_currency(" krw ") == "KRW"
    for bad in ("", "XYZ", "US", "DOLLARS", "€"):
        with pytest.raises(ValidationError, match="ISO 4217"):
            check_currency(bad)


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("8 000", "8000"),
        ("8000", "8000"),
        ("8\u202f000", "8000"),
        ("1,8", "1.8"),
        ("1.8", "1.8"),
        ("1.80", "1.8"),
        ("0,125", "0.125"),
        ("25", "25"),
        ("2.5e3", "2500"),
        ("-0", "0"),
        ("-0.0", "0"),
        ("100", "100"),
        (1000, "1000"),
    ],
)
def test_canonical_quantity(typed: object, canonical: str) -> None:
    assert canonical_quantity(typed) == canonical  # type: ignore[arg-type]


def test_huge_quantities_are_refused() -> None:
    with pytest.raises(ValidationError, match="too large"):
        canonical_quantity("1e18")
    # decimal.Overflow escaped from abs() on an exponent beyond the context's
    with pytest.raises(ValidationError, match="too large"):
        canonical_quantity("1e999999999")
    with pytest.raises(ValidationError, match="too large"):
        to_minor_units("1e999999999", "USD")
    # and a tiny one became 0 cents instead of being refused
    with pytest.raises(ValidationError):
        to_minor_units("1e-999999999", "USD")
    with pytest.raises(ValidationError):
        canonical_quantity("1e-999999999")
    assert canonical_quantity("999999999999999999") == "999999999999999999"


def test_figure_builders() -> None:
    money = Figure.of_money(
        "400 000 000 000", "krw", label=" Capital ", equivalent=("277000000", "usd")
    )
    assert money.as_row() == {
        "kind": "money",
        "label": "Capital",
        "qualifier": "exact",
        "quantity": None,
        "unit": "",
        "amount_minor": 400_000_000_000,
        "currency": "KRW",
        "equiv_amount_minor": 27_700_000_000,
        "equiv_currency": "USD",
    }
    assert Figure.from_row(money.as_row()) == money
    gpu = Figure.of_quantity("8 000", " GPU ", qualifier="at_least")
    assert (gpu.quantity, gpu.unit, gpu.qualifier) == ("8000", "GPU", "at_least")
    assert Figure.from_row(gpu.as_row()) == gpu
    with pytest.raises(ValidationError, match="unit"):
        Figure.of_quantity("8000", "  ")
    with pytest.raises(ValidationError, match="equivalent currency"):
        Figure.of_money("1", "KRW", equivalent=("1", "ZZZ"))
    with pytest.raises(ValueError):
        Figure.of_quantity("1", "GPU", qualifier="roughly")


CURRENCIES = st.sampled_from(["KRW", "USD", "EUR", "KWD", "JPY", "CLF", "BHD"])


@settings(max_examples=500)
@given(
    currency=CURRENCIES,
    minor=st.integers(min_value=-MAX_ABS_MINOR, max_value=MAX_ABS_MINOR),
)
def test_minor_units_round_trip(currency: str, minor: int) -> None:
    major = from_minor_units(minor, currency)
    assert isinstance(major, Decimal)
    assert to_minor_units(major, currency) == minor
    assert to_minor_units(str(major), currency) == minor
    assert to_minor_units(format(major, "f"), currency) == minor


@settings(max_examples=500)
@given(
    currency=CURRENCIES,
    value=st.decimals(
        allow_nan=False,
        allow_infinity=False,
        places=4,
        min_value=-(Decimal(10) ** 15),
        max_value=Decimal(10) ** 15,
    ),
)
def test_decimal_to_minor_and_back(currency: str, value: Decimal) -> None:
    exponent = currency_exponent(currency)
    scaled = value.scaleb(exponent)
    try:
        minor = to_minor_units(value, currency)
    except ValidationError:
        # refused only when finer than the currency's minor unit, or beyond what is stored
        assert scaled != scaled.to_integral_value() or abs(scaled) > MAX_ABS_MINOR
        return
    assert from_minor_units(minor, currency) == value


@settings(max_examples=500)
@given(
    value=st.decimals(
        allow_nan=False,
        allow_infinity=False,
        places=6,
        min_value=-(Decimal(10) ** 12),
        max_value=Decimal(10) ** 12,
    )
)
def test_canonical_quantity_keeps_the_exact_value(value: Decimal) -> None:
    text = canonical_quantity(value)
    assert Decimal(text) == value
    assert canonical_quantity(text) == text
    assert "e" not in text.lower() and not text.endswith(".")


NUMBERISH = st.from_regex(r"\A[-+]?[0-9 ,.\u00a0\u202f]{0,16}([eE][-+]?[0-9]{1,12})?\Z")


@settings(max_examples=500)
@given(text=st.text(max_size=60) | NUMBERISH)
def test_any_text_is_a_number_or_a_validation_error(text: str) -> None:
    for call in (
        lambda: canonical_quantity(text),
        lambda: to_minor_units(text, "USD"),
        lambda: Figure.of_money(text, text),
        lambda: Figure.of_quantity(text, text),
    ):
        try:
            call()
        except ValidationError as e:
            assert str(e).endswith(".")
