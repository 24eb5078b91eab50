"""Dates, times, numbers, money and figures written the way the user's locale writes them."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from minutier.core.enums import FigureKind, FigureQualifier
from minutier.core.figures import Figure, currency_exponent, from_minor_units
from minutier.ui.forms.labels import choice_label

# Symbols for the currencies a committee commonly quotes; others show their ISO code.
_SYMBOLS = {"KRW": "₩", "EUR": "€", "USD": "US$", "GBP": "£", "JPY": "JP¥", "CNY": "CN¥"}
# A quantity counted in years is a year ("Ouverture prévue : 2027 année"): never grouped.
YEAR_UNITS = frozenset({"année", "années", "an", "ans", "year", "years", "년", "연도"})
_WEEKDAY = re.compile(r"[,\s]*d{4}[,\s]*")


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def long_date(day: dt.date | str | None, locale: QLocale | None = None) -> str:
    """16 February 2025 / 16 février 2025 / 2025년 2월 16일 (the locale's long form, no weekday)."""
    if not day:
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    loc = _locale(locale)
    pattern = _WEEKDAY.sub(" ", loc.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    return loc.toString(QDate(day.year, day.month, day.day), pattern)


def short_date(day: dt.date | str | None, locale: QLocale | None = None) -> str:
    if not day:
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return _locale(locale).toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
    )


def clock_time(moment: dt.time | dt.datetime, locale: QLocale | None = None) -> str:
    """10:00 / 오전 10:00 / 10:00 AM."""
    t = moment.time() if isinstance(moment, dt.datetime) else moment
    return _locale(locale).toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def date_time(value: dt.datetime | str | None, locale: QLocale | None = None) -> str:
    """A local wall-clock time of a meeting: "16 February 2025, 10:00"."""
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    # "%1, %2" in English; translators choose the joint ("2025년 2월 16일 오전 10:00").
    joined = QCoreApplication.translate("Localized", "%1, %2")
    return joined.replace("%1", long_date(value.date(), locale)).replace(
        "%2", clock_time(value, locale)
    )


def labelled(label: str, value: str) -> str:
    """ "Capital: 400 000 000 000 ₩" with the language's punctuation ("Capital : …" in French)."""
    joined = QCoreApplication.translate("Localized", "%1: %2")
    return joined.replace("%2", value).replace("%1", label)


def utc_to_local(utc_stamp: str, timezone: str) -> dt.datetime:
    """A UTC timestamp of the register ("2025-02-16T01:02:03.000Z") on the wall clock of a zone."""
    moment = dt.datetime.fromisoformat(utc_stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    try:
        return moment.astimezone(zoneinfo.ZoneInfo(timezone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return moment


def number(
    value: Decimal | int | str, locale: QLocale | None = None, *, grouped: bool = True
) -> str:
    """A decimal number with the locale's grouping and decimal point, every digit kept."""
    value = Decimal(str(value))
    loc = _locale(locale)
    sign = "-" if value < 0 else ""
    text = format(abs(value), "f")
    whole, _, fraction = text.partition(".")
    digits = loc.toString(int(whole)) if grouped else whole
    return sign + digits + (loc.decimalPoint() + fraction if fraction else "")


def money(minor: int, currency: str, locale: QLocale | None = None) -> str:
    """400 000 000 000 ₩ / ₩400,000,000,000 (exact: integer minor units, never a float)."""
    loc = _locale(locale)
    value = from_minor_units(minor, currency)
    if currency_exponent(currency) and value == value.to_integral_value():
        value = value.quantize(Decimal(1))  # 277 000 000 US$, not 277 000 000,00 US$
    amount = number(value, loc)
    symbol = _SYMBOLS.get(currency, currency)
    # Where the locale puts its symbol: look at how it writes one unit of its own currency.
    pattern = loc.toCurrencyString(1, "¤", 0)
    return pattern.replace("1", amount, 1).replace("¤", symbol)


def figure_text(figure: Figure, locale: QLocale | None = None) -> str:
    """A figure as a sentence fragment: "Capital: 400 000 000 000 ₩ (277 000 000 US$)"."""
    if figure.kind == FigureKind.MONEY:
        assert figure.amount_minor is not None and figure.currency
        value = money(figure.amount_minor, figure.currency, locale)
        if figure.equiv_amount_minor is not None and figure.equiv_currency:
            value += f" ({money(figure.equiv_amount_minor, figure.equiv_currency, locale)})"
    else:
        grouped = figure.unit.strip().casefold() not in YEAR_UNITS  # "2027 année", not "2,027"
        quantity = number(figure.quantity or "0", locale, grouped=grouped)
        value = f"{quantity} {figure.unit}".replace(" %", "\u202f%")
    if figure.qualifier != FigureQualifier.EXACT:
        value = f"{choice_label(figure.qualifier)} {value}"
    return labelled(figure.label, value) if figure.label else value
