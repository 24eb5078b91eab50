"""Dates and times written out in French, English and Korean (no locale database needed).

Meetings are stored as local wall-clock times with their IANA zone; the minutes show them in
the committee's zone with its UTC offset, so a reader abroad knows which 10 o'clock is meant.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from minutier.pdf.text import NBSP

_FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_KO_DAYS = "월화수목금토일"


def parse_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def day(d: dt.date, lang: str) -> str:
    """16 février 2025 · 16 February 2025 · 2025년 2월 16일."""
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day}{NBSP}{_FR_MONTHS[d.month - 1]} {d.year}"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


def long_day(d: dt.date, lang: str) -> str:
    """dimanche 16 février 2025 · Sunday 16 February 2025 · 2025년 2월 16일 (일)."""
    if lang == "fr":
        return f"{_FR_DAYS[d.weekday()]} {day(d, lang)}"
    if lang == "ko":
        return f"{day(d, lang)} ({_KO_DAYS[d.weekday()]})"
    return f"{_EN_DAYS[d.weekday()]} {day(d, lang)}"


def short_day(d: dt.date | str | None, lang: str) -> str:
    """Compact form for table cells: 31/03/2025 · 31 Mar 2025 · 2025.3.31."""
    d = parse_date(d)
    if d is None:
        return ""
    if lang == "fr":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if lang == "ko":
        return f"{d.year}.{d.month}.{d.day}."
    return f"{d.day} {_EN_MONTHS[d.month - 1][:3]} {d.year}"


def partial(value: str | None, lang: str) -> str:
    """A partial date as stored ("2027", "2025-09", "2025-09-01") in words."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0] + ("년" if lang == "ko" else "")
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        if lang == "fr":
            return f"{_FR_MONTHS[month - 1]} {year}"
        if lang == "ko":
            return f"{year}년 {month}월"
        return f"{_EN_MONTHS[month - 1]} {year}"
    return day(dt.date.fromisoformat(value[:10]), lang)


def clock(t: dt.time | dt.datetime, lang: str) -> str:
    """10 h 00 (French) · 10:00."""
    if lang == "fr":
        return f"{t.hour}{NBSP}h{NBSP}{t.minute:02d}"
    return f"{t.hour:02d}:{t.minute:02d}"


def local(value: str, zone: str, display_zone: str) -> dt.datetime:
    """A stored local wall-clock time in ``zone``, as an aware time in ``display_zone``."""
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(ZoneInfo(display_zone))


def from_utc(stamp: str, display_zone: str) -> dt.datetime:
    """A UTC timestamp as stored in ``recorded_at`` ("…Z"), in ``display_zone``."""
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(ZoneInfo(display_zone))


def offset(moment: dt.datetime) -> str:
    """UTC+09:00."""
    delta = moment.utcoffset() or dt.timedelta()
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def span(start: dt.datetime, end: dt.datetime | None, zone: str, lang: str) -> str:
    """The meeting's date and hours with its zone, in one phrase."""
    zone_text = f"({zone}, {offset(start)})"
    if end is None:
        hours = clock(start, lang)
    elif end.date() == start.date():
        hours = f"{clock(start, lang)}–{clock(end, lang)}"
    else:
        hours = f"{clock(start, lang)} – {long_day(end.date(), lang)}, {clock(end, lang)}"
    if lang == "fr":
        return f"{long_day(start.date(), lang)}, {hours} {zone_text}"
    if lang == "ko":
        return f"{long_day(start.date(), lang)} {hours} {zone_text}"
    return f"{long_day(start.date(), lang)}, {hours} {zone_text}"
