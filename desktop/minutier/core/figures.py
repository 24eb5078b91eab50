"""Structured figures: quantities with a unit, and money as integer minor units of an ISO 4217 code.

Money is never a float: "400 000 000 000 KRW" is stored as 400000000000 (KRW has no minor unit),
"277 000 000 USD" as 27700000000 cents. Quantities keep their exact decimal text ("1.8", "8000").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from minutier.core.enums import FigureKind, FigureQualifier
from minutier.core.errors import ValidationError

# ISO 4217 minor-unit exponents that differ from the usual 2.
_EXPONENT = {
    **dict.fromkeys(
        "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split(), 0
    ),
    **dict.fromkeys("BHD IQD JOD KWD LYD OMR TND".split(), 3),
    "CLF": 4,
    "UYW": 4,
}
# Codes we accept: the active ISO 4217 list (a small table beats a dependency for 180 codes).
_ISO_4217 = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES
    KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR
    MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB
    RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD
    TWD TZS UAH UGX USD UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG""".split()
)
MAX_ABS_MINOR = 2**62  # far beyond any budget, well inside SQLite's 64-bit integers
_MAX_DIGITS = 30  # orders of magnitude a typed number may have, either way
# "8,000" is eight thousand in English and Korean but eight in French: refused, not guessed.
_AMBIGUOUS_COMMA = re.compile(r"[-+]?[1-9][0-9]{0,2},[0-9]{3}")


def currency_exponent(code: str) -> int:
    """Number of decimal places of the currency's minor unit (KRW 0, EUR 2, KWD 3)."""
    return _EXPONENT.get(code, 2)


def check_currency(code: str, *, field: str = "currency") -> str:
    code = (code or "").strip().upper()
    if code not in _ISO_4217:
        raise ValidationError(
            field, code, "this is not an ISO 4217 currency code such as EUR or KRW"
        )
    return code


def to_decimal(text: str | int | Decimal, *, field: str) -> Decimal:
    """Read a decimal typed by a person: spaces and thin spaces as group separators, comma or dot."""
    if isinstance(text, int | Decimal):
        return Decimal(text)
    raw = str(text).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if _AMBIGUOUS_COMMA.fullmatch(raw):
        whole, _, part = raw.partition(",")
        raise ValidationError(
            field,
            text,
            "a comma before three digits may separate thousands or decimals: "
            f"write {whole}{part} (or {whole} {part}) for thousands, {whole}.{part} for decimals",
        )
    if raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")
    elif "," in raw and "." in raw:
        raw = raw.replace(",", "")  # 1,234.5
    elif raw.count(",") > 1:
        raw = raw.replace(",", "")
    try:
        value = Decimal(raw)
    except (InvalidOperation, ValueError):
        raise ValidationError(field, text, "this is not a number") from None
    if not value.is_finite():
        raise ValidationError(field, text, "this is not a number")
    # Decimal reads "1e999999999" exactly, but arithmetic on it overflows (decimal.Overflow).
    if value and value.adjusted() > _MAX_DIGITS:
        raise ValidationError(field, text, "this number is too large")
    if value and value.adjusted() < -_MAX_DIGITS:
        raise ValidationError(field, text, "this number is too small to be stored exactly")
    return value


def to_minor_units(amount: str | int | Decimal, currency: str, *, field: str = "amount") -> int:
    """Amount in major units (e.g. "277000000" USD) → integer minor units, refusing sub-cent."""
    value = to_decimal(amount, field=field)
    scaled = value.scaleb(currency_exponent(currency))
    if scaled != scaled.to_integral_value():
        raise ValidationError(field, amount, f"{currency} has no smaller unit than this allows")
    minor = int(scaled)
    if abs(minor) > MAX_ABS_MINOR:
        raise ValidationError(field, amount, "this amount is too large")
    return minor


def from_minor_units(minor: int, currency: str) -> Decimal:
    """Integer minor units → exact Decimal in major units."""
    return Decimal(minor).scaleb(-currency_exponent(currency))


def canonical_quantity(text: str | int | Decimal, *, field: str = "quantity") -> str:
    """Exact decimal text for a quantity ("8 000" → "8000", "1,8" → "1.8")."""
    value = to_decimal(text, field=field)
    if abs(value) >= Decimal(10) ** 18:
        raise ValidationError(field, text, "this quantity is too large")
    out = format(value.normalize(), "f")
    return out if out != "-0" else "0"


@dataclass(frozen=True)
class Figure:
    """A figure as stored: a quantity with a unit, or an amount with a currency."""

    kind: FigureKind
    label: str = ""
    qualifier: FigureQualifier = FigureQualifier.EXACT
    quantity: str | None = None
    unit: str = ""
    amount_minor: int | None = None
    currency: str | None = None
    equiv_amount_minor: int | None = None
    equiv_currency: str | None = None

    @classmethod
    def of_quantity(
        cls,
        quantity: str | int | Decimal,
        unit: str,
        *,
        label: str = "",
        qualifier: FigureQualifier | str = FigureQualifier.EXACT,
    ) -> Figure:
        unit = (unit or "").strip()
        if not unit:
            raise ValidationError("unit", unit, "a quantity needs a unit (GPU, exaflop, %)")
        return cls(
            FigureKind.QUANTITY,
            label=label.strip(),
            qualifier=FigureQualifier(qualifier),
            quantity=canonical_quantity(quantity),
            unit=unit,
        )

    @classmethod
    def of_money(
        cls,
        amount: str | int | Decimal,
        currency: str,
        *,
        label: str = "",
        qualifier: FigureQualifier | str = FigureQualifier.EXACT,
        equivalent: tuple[str | int | Decimal, str] | None = None,
    ) -> Figure:
        """``amount`` in major units (400000000000 KRW); ``equivalent`` likewise (277000000, USD)."""
        code = check_currency(currency)
        equiv_minor = equiv_code = None
        if equivalent is not None:
            equiv_code = check_currency(equivalent[1], field="equivalent currency")
            equiv_minor = to_minor_units(equivalent[0], equiv_code, field="equivalent amount")
        return cls(
            FigureKind.MONEY,
            label=label.strip(),
            qualifier=FigureQualifier(qualifier),
            amount_minor=to_minor_units(amount, code),
            currency=code,
            equiv_amount_minor=equiv_minor,
            equiv_currency=equiv_code,
        )

    def as_row(self) -> dict[str, object]:
        return {
            "kind": str(self.kind),
            "label": self.label,
            "qualifier": str(self.qualifier),
            "quantity": self.quantity,
            "unit": self.unit,
            "amount_minor": self.amount_minor,
            "currency": self.currency,
            "equiv_amount_minor": self.equiv_amount_minor,
            "equiv_currency": self.equiv_currency,
        }

    @classmethod
    def from_row(cls, row: dict[str, object]) -> Figure:
        return cls(
            FigureKind(str(row["kind"])),
            label=str(row.get("label") or ""),
            qualifier=FigureQualifier(str(row.get("qualifier") or "exact")),
            quantity=row.get("quantity"),  # type: ignore[arg-type]
            unit=str(row.get("unit") or ""),
            amount_minor=row.get("amount_minor"),  # type: ignore[arg-type]
            currency=row.get("currency"),  # type: ignore[arg-type]
            equiv_amount_minor=row.get("equiv_amount_minor"),  # type: ignore[arg-type]
            equiv_currency=row.get("equiv_currency"),  # type: ignore[arg-type]
        )
