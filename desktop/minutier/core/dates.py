"""Dates, times, time zones and recurrence rules as typed by users, checked and made exact."""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from minutier.core.errors import ValidationError
from minutier.core.natural_dates import (
    MAX_LENGTH,
    NO_SUCH_DAY,
    NOT_A_DATE,
    Unreadable,
    normalize,
    read_absolute,
    read_date,
    strip_fillers,
)

__all__ = [
    "next_occurrences",
    "parse_due_date",
    "parse_local_datetime",
    "parse_partial_date",
    "partial_date_end",
    "partial_date_start",
    "to_utc",
    "validate_rrule",
    "validate_timezone",
]

from minutier.core.date_reasons import (
    EMPTY,
    NO_SUCH_TIME,
    NOT_A_DATETIME,
    NOT_A_PARTIAL_DATE,
    NOT_A_RRULE,
    NOT_A_TIMEZONE,
    TIME_IN_DUE_DATE,
)


def _clean(text: str, field: str, reason: str) -> str:
    cleaned = normalize(text)
    if not cleaned:
        raise ValidationError(field, text, EMPTY)
    if len(cleaned) > MAX_LENGTH:
        raise ValidationError(field, text, reason)
    return cleaned


# ---------------------------------------------------------------------------------------------
# Time of day (the date beside it is read by natural_dates)

_KOREAN_TIME = re.compile(
    r"(?:^|\s)(?P<ap>오전|오후)?\s*(?P<hour>[0-9]{1,2})\s*"
    r"(?:시(?:\s*(?P<minute>[0-9]{1,2})\s*분|\s*(?P<half>반))?|:(?P<minute2>[0-9]{2}))$"
)
_TIME = re.compile(
    r"(?:^|[\s,])(?:(?:à|a|at|@|vers)\s+)?(?P<hour>[0-9]{1,2})\s*"
    r"(?:(?:h\s*(?P<minute>[0-9]{2})?|:(?P<minute2>[0-9]{2})(?::(?P<second>[0-9]{2}))?)"
    r"\s*(?P<ap>[ap]\.?m\.?)?|(?P<ap2>[ap]\.?m\.?))$"
)


def _split_time(text: str) -> tuple[str, dt.time] | None:
    """Split "16 février 2025 à 10h00" into ("16 février 2025", 10:00); None without a time."""
    for pattern in (_KOREAN_TIME, _TIME):
        match = pattern.search(text)
        if match is None or not text[: match.start()].strip(" ,"):
            continue
        fields = match.groupdict()
        minute = fields["minute"] or fields.get("minute2") or (30 if fields.get("half") else 0)
        meridiem = fields["ap"] or fields.get("ap2") or ""
        clock = _clock(int(match["hour"]), int(minute), int(fields.get("second") or 0), meridiem)
        return text[: match.start()].strip(" ,"), clock
    return None


def _clock(hour: int, minute: int, second: int, meridiem: str) -> dt.time:
    if meridiem:
        if not 1 <= hour <= 12:
            raise Unreadable(NO_SUCH_TIME)
        hour = hour % 12 + (12 if meridiem == "오후" or meridiem.startswith("p") else 0)
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        raise Unreadable(NO_SUCH_TIME) from None


def parse_due_date(text: str, *, today: dt.date, field: str = "due date") -> dt.date:
    """The day a deadline typed in French, English or Korean falls on, relative to ``today``.

    Case, spacing, a final full stop and words such as "d'ici", "avant le", "le", "by", "before",
    "until" or a "까지" suffix do not matter. Numbers are day first (31/03/2025, 31.03.2025) unless
    the year comes first (2025-03-31, 2025. 3. 31.); 31/03/25 is 2025, but beside a month name a
    year has four digits ("16 février 25" is refused).

    - A day without a year (31/03, "16 février", "March 31", "3월 31일", "début avril" = the 1st,
      "mi-avril" = the 15th) is its next occurrence on or after ``today``.
    - A month alone ("mars", "March 2025", "2025-03", "3월") and "fin mars", "end of March",
      "3월 말" mean the month's last day; without a year, the next such day on or after ``today``
      ("fin mars" said on 2025-04-10 is 2026-03-31).
    - "Friday", "vendredi", "금요일", "next Friday", "vendredi prochain": the first Friday strictly
      after ``today``; "this Friday" / "ce vendredi": the first on or after ``today``.
    - "다음 주 금요일": the Friday of the following Monday-based week; "이번 주 금요일": the Friday of
      this week, even if it has passed.
    - "la semaine prochaine", "next week", "다음 주": Monday of next week.
    - "le mois prochain", "next month", "다음 달": the LAST day of next month (a deadline, not a
      start); "fin du mois", "end of month", "월말": the last day of this month; "fin de la
      semaine", "end of the week": the first Friday on or after ``today``; "fin d'année",
      "end of the year", "연말": 31 December; "l'année prochaine", "next year", "내년": 31 December
      of next year.
    - "dans 2 semaines", "in ten days", "2주 후", "3개월 후": ``today`` moved on with relativedelta
      (from 31 January, one month on is 28 or 29 February).
    - Periods mean their last day: "T2 2025", "Q2 2025", "premier trimestre 2025", "2025년 2분기",
      "H1 2025", "second semestre", "상반기", "fin 2025", "year-end", "연내", "2025년 말", "fin du
      trimestre", "next quarter", "end of next month", "다음 달 말"; without a year, the first not
      yet over. "le 15 du mois prochain", "다음 달 15일": that day of next month. "within 10 days",
      "sous 10 jours", "2주 이내": like "in …". "mi-2025", "début 2026", "S1 2025", "last quarter"
      and "다음 주말" are ambiguous and refused (``core.date_periods``).
    - A weekday written beside a full date ("mardi 16 février 2025") is not checked.

    Anything else, an empty text, an impossible day (31/02/2025) or a time of day raises
    ValidationError naming ``field`` and quoting ``text``; nothing else is ever raised.
    """
    cleaned = strip_fillers(_clean(text, field, NOT_A_DATE))
    try:
        day = read_date(cleaned, today)
        if day is None:
            split = _split_time(cleaned)
            if split is not None and read_date(strip_fillers(split[0]), today) is not None:
                raise Unreadable(TIME_IN_DUE_DATE)
    except Unreadable as error:
        raise ValidationError(field, text, error.reason) from None
    if day is None:
        raise ValidationError(field, text, NOT_A_DATE)
    return day


_ISO_T = re.compile(r"([0-9]{4}-[0-9]{1,2}-[0-9]{1,2})t(?=[0-9])")


def parse_local_datetime(text: str, *, today: dt.date, field: str = "date and time") -> dt.datetime:
    """A naive local wall-clock time: "2025-02-16T10:00", "16/02/2025 10:00", "16 février 2025 à
    10h00", "le 3 août 2025 à 14:30", "2025년 2월 16일 오전 10시", "February 16, 2025 10:00 AM".

    The date part is read as by :func:`parse_due_date` (so "demain à 10h" works); the time may be
    10:00, 10:00:30, 10h, 10h30, 10 AM, 오후 2시, 오후 2시 30분, 2시 반. A date without a time means
    midnight (00:00). Errors are ValidationError naming ``field`` and quoting ``text``.
    """
    cleaned = _ISO_T.sub(r"\1 ", _clean(text, field, NOT_A_DATETIME), count=1)
    try:
        split = _split_time(cleaned)
        candidates = [split] if split is not None else []
        candidates.append((cleaned, dt.time()))
        for date_text, clock in candidates:
            day = read_date(strip_fillers(date_text), today)
            if day is not None:
                return dt.datetime.combine(day, clock)
    except Unreadable as error:
        raise ValidationError(field, text, error.reason) from None
    raise ValidationError(field, text, NOT_A_DATETIME)


def parse_partial_date(text: str, *, field: str) -> str:
    """A date of reduced precision as ISO 8601: "2027", "2023-09" or "2023-09-01".

    Accepts 2027, 2027년, 2023-09, 09/2023, "septembre 2023", "September 2023", "2023년 9월" and any
    full date with a year (2023-09-01, 1/09/2023, "1er septembre 2023", "2023년 9월 1일").
    """
    cleaned = _clean(text, field, NOT_A_PARTIAL_DATE)
    try:
        absolute = read_absolute(cleaned)
    except Unreadable as error:
        raise ValidationError(field, text, error.reason) from None
    if absolute is None or absolute.year is None:
        raise ValidationError(field, text, NOT_A_PARTIAL_DATE)
    year, month, day = absolute.year, absolute.month, absolute.day
    try:
        start = dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        raise ValidationError(field, text, NO_SUCH_DAY) from None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return start.isoformat()


_PARTIAL = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def _partial_bounds(value: str) -> tuple[dt.date, dt.date]:
    match = _PARTIAL.fullmatch(value)
    reason = "this is not a date of the form 2027, 2023-09 or 2023-09-01"
    if match is None:
        raise ValidationError("date", value, reason)
    year = int(match[1])
    month, day = (None if group is None else int(group) for group in match.groups()[1:])
    try:
        start = dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        raise ValidationError("date", value, NO_SUCH_DAY) from None
    if day is not None:
        return start, start
    if month is not None:
        return start, start + relativedelta(day=31)
    return start, start + relativedelta(month=12, day=31)


def partial_date_start(value: str) -> dt.date:
    """The first day an ISO date of reduced precision covers: "2027" → 2027-01-01."""
    return _partial_bounds(value)[0]


def partial_date_end(value: str) -> dt.date:
    """The last day an ISO date of reduced precision covers: "2027" → 2027-12-31."""
    return _partial_bounds(value)[1]


# ---------------------------------------------------------------------------------------------
# Time zones

_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})


@functools.cache
def _zone_names() -> dict[str, str]:
    """Every IANA zone name known here (system database or the tzdata package), by folded case."""
    names = zoneinfo.available_timezones() - _NOT_ZONES
    return {name.casefold(): name for name in names}


def validate_timezone(tz: str, *, field: str = "time zone") -> str:
    """The IANA name of the zone ``tz`` names ("asia/seoul " → "Asia/Seoul"), or ValidationError."""
    name = _zone_names().get(tz.strip().casefold())
    if name is None:
        raise ValidationError(field, tz, NOT_A_TIMEZONE)
    return name


def to_utc(local: dt.datetime, tz: str) -> dt.datetime:
    """The aware UTC instant of naive wall-clock time ``local`` in zone ``tz``.

    A time that happens twice (clocks going back) is taken the first time (fold=0); a time that
    never happens (clocks going forward) is read with the offset in force before the change, so it
    lands after the gap (02:30 in Paris on the spring change day is 01:30 UTC, 03:30 local).
    """
    if local.tzinfo is not None:
        raise ValueError("to_utc expects a naive local date and time")
    zone = zoneinfo.ZoneInfo(validate_timezone(tz))
    return local.replace(tzinfo=zone).astimezone(dt.UTC)


# ---------------------------------------------------------------------------------------------
# Recurrence rules

_RRULE_PREFIX = re.compile(r"rrule\s*:", re.IGNORECASE)
_SERIES_FREQUENCIES = frozenset({"YEARLY", "MONTHLY", "WEEKLY", "DAILY"})
_PROBE_START = dt.datetime(9600, 1, 1)  # the last full 400-year Gregorian cycle: short to search
_RRULE_ERRORS = (ValueError, TypeError, IndexError, KeyError, OverflowError)


def validate_rrule(rule: str, *, field: str = "recurrence rule") -> str:
    """The RFC 5545 RRULE ``rule`` in dateutil's canonical form, without the "RRULE:" prefix.

    "rrule:freq=monthly;byday=+2tu" → "FREQ=MONTHLY;BYDAY=+2TU" (the second Tuesday of each
    month). A meeting series repeats at most daily; INTERVAL and COUNT are at least 1; COUNT and
    UNTIL exclude each other; UNTIL is local time (no Z); the rule must produce some date.
    """
    body = "".join(_RRULE_PREFIX.sub("", rule.strip(), count=1).split()).upper()
    if not body or len(body) > 500 or ":" in body:
        raise ValidationError(field, rule, NOT_A_RRULE)
    if re.search(r"(?:^|;)COUNT=", body) and re.search(r"(?:^|;)UNTIL=", body):
        raise ValidationError(field, rule, "a rule has COUNT or UNTIL, not both")
    try:
        parsed = rrulestr(body, dtstart=_PROBE_START)
    except _RRULE_ERRORS:
        reason = NOT_A_RRULE
        if re.search(r"UNTIL=[0-9T]+Z", body):
            reason = "UNTIL must be a local date and time, without Z"
        raise ValidationError(field, rule, reason) from None
    canonical = str(parsed).splitlines()[-1].removeprefix("RRULE:")
    parts = dict(part.split("=", 1) for part in canonical.split(";"))
    problem = None
    if parts["FREQ"] not in _SERIES_FREQUENCIES:
        problem = "a meeting series repeats at most daily (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)"
    elif int(parts.get("INTERVAL", 1)) < 1 or int(parts.get("COUNT", 1)) < 1:
        problem = "INTERVAL and COUNT must be whole numbers of at least 1"
    else:
        try:  # dateutil searches up to year 9999 for a rule that never matches: look at 400 years
            probe = parsed.replace(dtstart=_PROBE_START, interval=1, count=None, until=None)
            if probe.after(_PROBE_START, inc=True) is None:
                problem = "this rule never produces a date"
        except _RRULE_ERRORS:
            problem = NOT_A_RRULE
    if problem is not None:
        raise ValidationError(field, rule, problem)
    return canonical


def next_occurrences(
    rule: str, dtstart: dt.datetime, *, after: dt.datetime, count: int
) -> list[dt.datetime]:
    """Up to ``count`` occurrences of ``rule`` from ``dtstart``, strictly after ``after``, in order.

    All three are naive local datetimes. As in dateutil, ``dtstart`` gives the series its time of
    day and its phase but is itself an occurrence only if it matches the rule.
    """
    canonical = validate_rrule(rule)
    if count <= 0:
        return []
    recurrence = rrulestr(canonical, dtstart=dtstart)
    return list(recurrence.xafter(after, count=count, inc=False))
