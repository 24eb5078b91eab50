"""Dates and times as the user's locale writes them; numbers, money and figures as ``core.numbers``
writes them for the PDFs and exports, in the interface's language (one formatter, three outputs)."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from minutier.ui import i18n

if TYPE_CHECKING:
    from decimal import Decimal

    from minutier.core.figures import Figure

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
    value: Decimal | int | str, locale: QLocale | str | None = None, *, grouped: bool = True
) -> str:
    """A decimal number with the language's grouping and decimal mark, every digit kept."""
    from minutier.core import numbers  # with decimal: not needed for the dashboard's dates

    return numbers.number(value, _language(locale), group=grouped)


def _language(locale: QLocale | str | None) -> str:
    """The language code figures are written in: given, a locale's, or the interface's."""
    if isinstance(locale, str):
        return locale
    if locale is not None:
        return locale.name().split("_")[0]
    return i18n.current()


def money(minor: int, currency: str, locale: QLocale | str | None = None) -> str:
    """An amount as the PDFs and exports write it ("400 milliards de wons", "4,000억 원")."""
    from minutier.core import numbers

    return numbers.money(minor, currency, _language(locale))


def figure_text(figure: Figure, locale: QLocale | str | None = None) -> str:
    """A figure as a sentence fragment, written by ``core.numbers`` in the interface's language:
    "Capital : 400 milliards de wons (277 millions de dollars)", "Opening: 2027 (target)"."""
    from minutier.core import numbers

    return numbers.figure_line(figure, _language(locale))
