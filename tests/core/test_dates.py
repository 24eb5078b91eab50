"""Dates typed in French, English and Korean; partial dates; time zones; recurrence rules."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys

import pytest
from dateutil.rrule import rrulestr
from hypothesis import example, given, settings
from hypothesis import strategies as st

from minutier.core.dates import (
    next_occurrences,
    parse_due_date,
    parse_local_datetime,
    parse_partial_date,
    partial_date_end,
    partial_date_start,
    to_utc,
    validate_rrule,
    validate_timezone,
)
from minutier.core.errors import ValidationError

D = dt.date
SUNDAY = D(2025, 2, 16)
WEDNESDAY = D(2025, 2, 19)
DEC_30 = D(2025, 12, 30)  # a Tuesday
APRIL_10 = D(2025, 4, 10)  # a Thursday
JAN_31 = D(2025, 1, 31)

FRENCH_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
FRENCH_MONTHS = FRENCH_MONTHS.split()
ENGLISH_MONTHS = [D(2000, m, 1).strftime("%B") for m in range(1, 13)]

DUE_DATES = [
    # -- from Sunday 2025-02-16: every example of the specification
    (SUNDAY, "2025-03-31", D(2025, 3, 31)),
    (SUNDAY, "31/03/2025", D(2025, 3, 31)),
    (SUNDAY, "31.03.2025", D(2025, 3, 31)),
    (SUNDAY, "31/03", D(2025, 3, 31)),
    (SUNDAY, "31/03/25", D(2025, 3, 31)),
    (SUNDAY, "16 février 2025", D(2025, 2, 16)),
    (SUNDAY, "16 fevrier 2025", D(2025, 2, 16)),
    (SUNDAY, "16 févr. 2025", D(2025, 2, 16)),
    (SUNDAY, "1er mars 2025", D(2025, 3, 1)),
    (SUNDAY, "mardi 16 février 2025", D(2025, 2, 16)),
    (SUNDAY, "le 3 août 2025", D(2025, 8, 3)),
    (SUNDAY, "mars 2025", D(2025, 3, 31)),
    (SUNDAY, "février 2025", D(2025, 2, 28)),
    (SUNDAY, "mars", D(2025, 3, 31)),
    (SUNDAY, "fin mars", D(2025, 3, 31)),
    (SUNDAY, "fin février 2028", D(2028, 2, 29)),
    (SUNDAY, "aujourd'hui", SUNDAY),
    (SUNDAY, "Aujourd’hui", SUNDAY),
    (SUNDAY, "demain", D(2025, 2, 17)),
    (SUNDAY, "après-demain", D(2025, 2, 18)),
    (SUNDAY, "dans deux semaines", D(2025, 3, 2)),
    (SUNDAY, "dans 2 semaines", D(2025, 3, 2)),
    (SUNDAY, "dans 10 jours", D(2025, 2, 26)),
    (SUNDAY, "dans un mois", D(2025, 3, 16)),
    (SUNDAY, "dans trois mois", D(2025, 5, 16)),
    (SUNDAY, "dans quinze jours", D(2025, 3, 3)),
    (SUNDAY, "dans trente jours", D(2025, 3, 18)),
    (SUNDAY, "dans un an", D(2026, 2, 16)),
    (SUNDAY, "fin du mois", D(2025, 2, 28)),
    (SUNDAY, "fin de la semaine", D(2025, 2, 21)),
    (SUNDAY, "début avril", D(2025, 4, 1)),
    (SUNDAY, "mi-avril", D(2025, 4, 15)),
    (SUNDAY, "lundi prochain", D(2025, 2, 17)),
    (SUNDAY, "vendredi prochain", D(2025, 2, 21)),
    (SUNDAY, "vendredi", D(2025, 2, 21)),
    (SUNDAY, "dimanche", D(2025, 2, 23)),
    (SUNDAY, "ce dimanche", SUNDAY),
    (SUNDAY, "la semaine prochaine", D(2025, 2, 17)),
    (SUNDAY, "le mois prochain", D(2025, 3, 31)),
    (SUNDAY, "fin d'année", D(2025, 12, 31)),
    (SUNDAY, "l'année prochaine", D(2026, 12, 31)),
    (SUNDAY, "today", SUNDAY),
    (SUNDAY, "tomorrow", D(2025, 2, 17)),
    (SUNDAY, "next Friday", D(2025, 2, 21)),
    (SUNDAY, "Friday", D(2025, 2, 21)),
    (SUNDAY, "this Friday", D(2025, 2, 21)),
    (SUNDAY, "in 10 days", D(2025, 2, 26)),
    (SUNDAY, "in two weeks", D(2025, 3, 2)),
    (SUNDAY, "in 3 months", D(2025, 5, 16)),
    (SUNDAY, "in a week", D(2025, 2, 23)),
    (SUNDAY, "end of March", D(2025, 3, 31)),
    (SUNDAY, "end of month", D(2025, 2, 28)),
    (SUNDAY, "the end of the month", D(2025, 2, 28)),
    (SUNDAY, "mid-March", D(2025, 3, 15)),
    (SUNDAY, "March 31, 2025", D(2025, 3, 31)),
    (SUNDAY, "31 March 2025", D(2025, 3, 31)),
    (SUNDAY, "the 31st of March", D(2025, 3, 31)),
    (SUNDAY, "March 31", D(2025, 3, 31)),
    (SUNDAY, "next week", D(2025, 2, 17)),
    (SUNDAY, "next month", D(2025, 3, 31)),
    (SUNDAY, "2025년 3월 31일", D(2025, 3, 31)),
    (SUNDAY, "3월 31일", D(2025, 3, 31)),
    (SUNDAY, "2025. 3. 31.", D(2025, 3, 31)),
    (SUNDAY, "2025.03.31", D(2025, 3, 31)),
    (SUNDAY, "오늘", SUNDAY),
    (SUNDAY, "내일", D(2025, 2, 17)),
    (SUNDAY, "모레", D(2025, 2, 18)),
    (SUNDAY, "다음 주 금요일", D(2025, 2, 21)),
    (SUNDAY, "다음주 금요일", D(2025, 2, 21)),
    (SUNDAY, "이번 주 금요일", D(2025, 2, 14)),  # this week's Friday, already past
    (SUNDAY, "금요일", D(2025, 2, 21)),
    (SUNDAY, "다음 주", D(2025, 2, 17)),
    (SUNDAY, "2주 후", D(2025, 3, 2)),
    (SUNDAY, "10일 후", D(2025, 2, 26)),
    (SUNDAY, "3개월 후", D(2025, 5, 16)),
    (SUNDAY, "일주일 후", D(2025, 2, 23)),
    (SUNDAY, "2주 뒤에", D(2025, 3, 2)),
    (SUNDAY, "3월 말", D(2025, 3, 31)),
    (SUNDAY, "2026년 3월 말", D(2026, 3, 31)),
    (SUNDAY, "3월", D(2025, 3, 31)),
    (SUNDAY, "월말", D(2025, 2, 28)),
    (SUNDAY, "다음 달", D(2025, 3, 31)),
    (SUNDAY, "연말", D(2025, 12, 31)),
    (SUNDAY, "2025-03", D(2025, 3, 31)),
    # -- leading and trailing words, case, spaces, typography
    (SUNDAY, "d'ici le 31/03", D(2025, 3, 31)),
    (SUNDAY, "d’ici demain", D(2025, 2, 17)),
    (SUNDAY, "d'ici 2 semaines", D(2025, 3, 2)),
    (SUNDAY, "avant le 1er mars 2025", D(2025, 3, 1)),
    (SUNDAY, "le 31/03/2025", D(2025, 3, 31)),
    (SUNDAY, "by next Friday", D(2025, 2, 21)),
    (SUNDAY, "before 31/03/2025", D(2025, 3, 31)),
    (SUNDAY, "until the end of March", D(2025, 3, 31)),
    (SUNDAY, "3월 31일까지", D(2025, 3, 31)),
    (SUNDAY, "  FIN   MARS. ", D(2025, 3, 31)),
    (SUNDAY, "\u00a0Demain\t", D(2025, 2, 17)),
    (SUNDAY, "２０２５－０３－３１", D(2025, 3, 31)),  # full-width, as a Korean IME types it
    # -- from Wednesday 2025-02-19
    (WEDNESDAY, "Friday", D(2025, 2, 21)),
    (WEDNESDAY, "next Friday", D(2025, 2, 21)),
    (WEDNESDAY, "vendredi prochain", D(2025, 2, 21)),
    (WEDNESDAY, "mercredi", D(2025, 2, 26)),
    (WEDNESDAY, "next Wednesday", D(2025, 2, 26)),
    (WEDNESDAY, "ce mercredi", WEDNESDAY),
    (WEDNESDAY, "lundi prochain", D(2025, 2, 24)),
    (WEDNESDAY, "la semaine prochaine", D(2025, 2, 24)),
    (WEDNESDAY, "next week", D(2025, 2, 24)),
    (WEDNESDAY, "다음 주", D(2025, 2, 24)),
    (WEDNESDAY, "다음 주 금요일", D(2025, 2, 28)),
    (WEDNESDAY, "다음 주 월요일", D(2025, 2, 24)),
    (WEDNESDAY, "이번 주 금요일", D(2025, 2, 21)),
    (WEDNESDAY, "이번 주 월요일", D(2025, 2, 17)),
    (WEDNESDAY, "fin de la semaine", D(2025, 2, 21)),
    (WEDNESDAY, "19/02", WEDNESDAY),
    (WEDNESDAY, "16/02", D(2026, 2, 16)),
    (WEDNESDAY, "16 février", D(2026, 2, 16)),
    (WEDNESDAY, "février", D(2025, 2, 28)),
    # -- from Tuesday 2025-12-30: the year rolls over
    (DEC_30, "demain", D(2025, 12, 31)),
    (DEC_30, "après-demain", D(2026, 1, 1)),
    (DEC_30, "dans 2 jours", D(2026, 1, 1)),
    (DEC_30, "next week", D(2026, 1, 5)),
    (DEC_30, "다음 주 금요일", D(2026, 1, 9)),
    (DEC_30, "이번 주 금요일", D(2026, 1, 2)),
    (DEC_30, "Friday", D(2026, 1, 2)),
    (DEC_30, "fin mars", D(2026, 3, 31)),
    (DEC_30, "3월 말", D(2026, 3, 31)),
    (DEC_30, "31/03", D(2026, 3, 31)),
    (DEC_30, "1er janvier", D(2026, 1, 1)),
    (DEC_30, "début janvier", D(2026, 1, 1)),
    (DEC_30, "mi-décembre", D(2026, 12, 15)),
    (DEC_30, "décembre", D(2025, 12, 31)),
    (DEC_30, "30/12", DEC_30),
    (DEC_30, "29/12", D(2026, 12, 29)),
    (DEC_30, "29/02", D(2028, 2, 29)),
    (D(2097, 1, 1), "29/02", D(2104, 2, 29)),  # 2100 is not a leap year
    (DEC_30, "fin du mois", D(2025, 12, 31)),
    (DEC_30, "le mois prochain", D(2026, 1, 31)),
    (DEC_30, "다음 달", D(2026, 1, 31)),
    (DEC_30, "dans un mois", D(2026, 1, 30)),
    (DEC_30, "in 3 months", D(2026, 3, 30)),
    (DEC_30, "연말", D(2025, 12, 31)),
    (DEC_30, "next year", D(2026, 12, 31)),
    (DEC_30, "내년", D(2026, 12, 31)),
    # -- from Thursday 2025-04-10: a month already over means next year's
    (APRIL_10, "fin mars", D(2026, 3, 31)),
    (APRIL_10, "end of March", D(2026, 3, 31)),
    (APRIL_10, "mars", D(2026, 3, 31)),
    (APRIL_10, "début avril", D(2026, 4, 1)),
    (APRIL_10, "mi-avril", D(2025, 4, 15)),
    (APRIL_10, "avril", D(2025, 4, 30)),
    (APRIL_10, "fin mars 2025", D(2025, 3, 31)),
    # -- from 2025-01-31: one month on is clipped to the end of February
    (JAN_31, "dans un mois", D(2025, 2, 28)),
    (JAN_31, "in 1 month", D(2025, 2, 28)),
    (JAN_31, "1개월 후", D(2025, 2, 28)),
    (JAN_31, "next month", D(2025, 2, 28)),
]


@pytest.mark.parametrize(
    ("today", "text", "expected"), DUE_DATES, ids=[f"{t}:{s}" for t, s, _ in DUE_DATES]
)
def test_due_date(today: dt.date, text: str, expected: dt.date) -> None:
    assert parse_due_date(text, today=today) == expected


NOT_A_DATE = (
    "this is not a date Minutier understands; "
    "try 2025-03-31, 31/03/2025, “fin mars” or “next Friday”"
)
NO_SUCH_DAY = "there is no such day in the calendar"
TOO_FAR = "this date is outside the years Minutier can hold (1 to 9999)"

BAD_DUE_DATES = [
    ("", "nothing was entered; type a date such as 2025-03-31, 31/03/2025 or “next Friday”"),
    ("   ", "nothing was entered; type a date such as 2025-03-31, 31/03/2025 or “next Friday”"),
    ("31/02/2025", NO_SUCH_DAY),
    ("2025-13-01", NO_SUCH_DAY),
    ("2025-02-29", NO_SUCH_DAY),
    ("30 février 2025", NO_SUCH_DAY),
    ("31/04", NO_SUCH_DAY),
    ("0000-01-01", NO_SUCH_DAY),
    ("fin 13월 말", NOT_A_DATE),
    ("bientôt", NOT_A_DATE),
    ("asap", NOT_A_DATE),
    ("2027", NOT_A_DATE),  # a year alone names no day
    ("99999999999", NOT_A_DATE),
    ("32 mars", NOT_A_DATE),  # not March 2032
    ("16 février 25", NOT_A_DATE),  # a year beside a month name has four digits
    ("mardi mars", NOT_A_DATE),
    ("<>&\"'", NOT_A_DATE),
    ("\x00\x1f\x7f", NOT_A_DATE),
    ("demain" * 2000, NOT_A_DATE),
    ("dans 99999999999 jours", TOO_FAR),
    ("in 9000 years", TOO_FAR),
    ("16/02/2025 10:00", "a due date is a day, without a time of day"),
    ("demain à 10h", "a due date is a day, without a time of day"),
    ("16 février 10h", "a due date is a day, without a time of day"),
]


@pytest.mark.parametrize(("text", "reason"), BAD_DUE_DATES, ids=[t[:30] for t, _ in BAD_DUE_DATES])
def test_due_date_errors_name_the_field_and_quote_the_text(text: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_due_date(text, today=SUNDAY, field="échéance")
    error = caught.value
    assert error.field == "échéance"
    assert error.reason == reason
    visible = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)  # one line
    shown = visible if len(visible) <= 80 else visible[:77] + "…"
    assert str(error) == f"échéance: {reason} (you entered “{shown}”)."


def test_due_date_default_field_name() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_due_date("n'importe quand", today=SUNDAY)
    assert caught.value.field == "due date"
    assert "“n'importe quand”" in str(caught.value)


def test_tomorrow_past_year_9999_is_an_error_not_a_crash() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_due_date("demain", today=D(9999, 12, 31))
    assert caught.value.reason == TOO_FAR


DATETIMES = [
    ("2025-02-16T10:00", dt.datetime(2025, 2, 16, 10, 0)),
    ("2025-02-16 10:00", dt.datetime(2025, 2, 16, 10, 0)),
    ("2025-02-16T10:00:30", dt.datetime(2025, 2, 16, 10, 0, 30)),
    ("16/02/2025 10:00", dt.datetime(2025, 2, 16, 10, 0)),
    ("16 février 2025 à 10h00", dt.datetime(2025, 2, 16, 10, 0)),
    ("16 février 2025 à 10h", dt.datetime(2025, 2, 16, 10, 0)),
    ("16 février 2025 10:00", dt.datetime(2025, 2, 16, 10, 0)),
    ("le 3 août 2025 à 14:30", dt.datetime(2025, 8, 3, 14, 30)),
    ("2025년 2월 16일 오전 10시", dt.datetime(2025, 2, 16, 10, 0)),
    ("2025년 2월 16일 오후 2시 30분", dt.datetime(2025, 2, 16, 14, 30)),
    ("2025년 2월 16일 오후 12시", dt.datetime(2025, 2, 16, 12, 0)),
    ("2025년 2월 16일 오전 12시", dt.datetime(2025, 2, 16, 0, 0)),
    ("2025년 2월 16일 14:30", dt.datetime(2025, 2, 16, 14, 30)),
    ("February 16, 2025 10:00 AM", dt.datetime(2025, 2, 16, 10, 0)),
    ("February 16, 2025 10:00 PM", dt.datetime(2025, 2, 16, 22, 0)),
    ("February 16, 2025, 12 am", dt.datetime(2025, 2, 16, 0, 0)),
    ("demain à 10h", dt.datetime(2025, 2, 17, 10, 0)),
    ("next Friday 3 p.m.", dt.datetime(2025, 2, 21, 15, 0)),
    ("내일 오후 2시 반", dt.datetime(2025, 2, 17, 14, 30)),
    ("16/02/2025", dt.datetime(2025, 2, 16, 0, 0)),  # a date alone is midnight
    ("16 février 2025", dt.datetime(2025, 2, 16, 0, 0)),
]


@pytest.mark.parametrize(("text", "expected"), DATETIMES, ids=[t for t, _ in DATETIMES])
def test_local_datetime(text: str, expected: dt.datetime) -> None:
    assert parse_local_datetime(text, today=SUNDAY) == expected


NOT_A_DATETIME = (
    "this is not a date and time Minutier understands; "
    "try 2025-02-16 10:00, 16/02/2025 10:00 or “16 février 2025 à 10h00”"
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("16/02/2025 25:00", "there is no such time of day"),
        ("16/02/2025 10:61", "there is no such time of day"),
        ("16/02/2025 13 pm", "there is no such time of day"),
        ("2025년 2월 16일 오후 15시", "there is no such time of day"),
        ("2025-02-30T10:00", NO_SUCH_DAY),
        ("10:00", NOT_A_DATETIME),  # a time needs a date
        ("quand tu veux", NOT_A_DATETIME),
        ("", "nothing was entered; type a date such as 2025-03-31, 31/03/2025 or “next Friday”"),
    ],
)
def test_local_datetime_errors(text: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_local_datetime(text, today=SUNDAY, field="start")
    assert (caught.value.field, caught.value.reason) == ("start", reason)


PARTIAL_DATES = [
    ("2027", "2027"),
    ("2027년", "2027"),
    ("2023-09", "2023-09"),
    ("09/2023", "2023-09"),
    ("2023-09-01", "2023-09-01"),
    ("1/09/2023", "2023-09-01"),
    ("septembre 2023", "2023-09"),
    ("Sept. 2023", "2023-09"),
    ("September 2023", "2023-09"),
    ("2023년 9월", "2023-09"),
    ("2023년 9월 1일", "2023-09-01"),
    ("1er septembre 2023", "2023-09-01"),
    ("0999", "0999"),
]


@pytest.mark.parametrize(("text", "expected"), PARTIAL_DATES)
def test_partial_date(text: str, expected: str) -> None:
    assert parse_partial_date(text, field="founded") == expected


@pytest.mark.parametrize(
    "text",
    ["", "mars", "demain", "0000", "2023-13", "2023-00", "2023-09-00", "2023-02-30", "27", "9월"],
)
def test_partial_date_errors(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_partial_date(text, field="founded")
    assert caught.value.field == "founded"


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2027", D(2027, 1, 1), D(2027, 12, 31)),
        ("2023-09", D(2023, 9, 1), D(2023, 9, 30)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("2023-09-01", D(2023, 9, 1), D(2023, 9, 1)),
    ],
)
def test_partial_date_bounds(value: str, start: dt.date, end: dt.date) -> None:
    assert (partial_date_start(value), partial_date_end(value)) == (start, end)


@pytest.mark.parametrize(
    "value",
    ["", "septembre 2023", "2023-9", "2023-00", "2023-13", "2023-02-30", "2023-09-00", "0000"],
)
def test_partial_date_bounds_refuse_other_text(value: str) -> None:
    with pytest.raises(ValidationError):
        partial_date_end(value)
    with pytest.raises(ValidationError):
        partial_date_start(value)


@pytest.mark.parametrize(
    ("typed", "name"),
    [("Asia/Seoul", "Asia/Seoul"), (" europe/paris ", "Europe/Paris"), ("UTC", "UTC")],
)
def test_validate_timezone(typed: str, name: str) -> None:
    assert validate_timezone(typed) == name


@pytest.mark.parametrize(
    "typed", ["Mars/Olympus", "", "../etc/passwd", "/etc/localtime", "localtime", "Asia/Seoul\x00"]
)
def test_validate_timezone_refuses(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_timezone(typed, field="zone")
    assert caught.value.field == "zone"


def test_to_utc() -> None:
    utc = to_utc(dt.datetime(2025, 2, 16, 10, 0), "Asia/Seoul")
    assert utc == dt.datetime(2025, 2, 16, 1, 0, tzinfo=dt.UTC)
    assert utc.utcoffset() == dt.timedelta(0)
    # 02:30 does not exist in Paris on 2025-03-30: read with the winter offset, it lands at 03:30.
    assert to_utc(dt.datetime(2025, 3, 30, 2, 30), "Europe/Paris") == dt.datetime(
        2025, 3, 30, 1, 30, tzinfo=dt.UTC
    )
    # 02:30 happens twice on 2025-10-26: the first one (summer time) is taken.
    assert to_utc(dt.datetime(2025, 10, 26, 2, 30), "Europe/Paris") == dt.datetime(
        2025, 10, 26, 0, 30, tzinfo=dt.UTC
    )
    with pytest.raises(ValidationError):
        to_utc(dt.datetime(2025, 2, 16, 10, 0), "Mars/Olympus")
    with pytest.raises(ValueError, match="naive"):
        to_utc(dt.datetime(2025, 2, 16, 10, 0, tzinfo=dt.UTC), "Asia/Seoul")


@pytest.mark.parametrize(
    ("rule", "canonical"),
    [
        ("FREQ=MONTHLY;BYDAY=+2TU", "FREQ=MONTHLY;BYDAY=+2TU"),
        ("RRULE:FREQ=MONTHLY;BYDAY=+2TU", "FREQ=MONTHLY;BYDAY=+2TU"),
        ("rrule: freq=weekly; byday=mo,we; count=5", "FREQ=WEEKLY;COUNT=5;BYDAY=MO,WE"),
        ("FREQ=WEEKLY;INTERVAL=2;UNTIL=20251231", "FREQ=WEEKLY;INTERVAL=2;UNTIL=20251231T000000"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"),
    ],
)
def test_validate_rrule(rule: str, canonical: str) -> None:
    assert validate_rrule(rule) == canonical


@pytest.mark.parametrize(
    ("rule", "reason"),
    [
        ("", "this is not a recurrence rule Minutier understands"),
        ("garbage", "this is not a recurrence rule Minutier understands"),
        ("FREQ=DAILY;FOO=1", "this is not a recurrence rule Minutier understands"),
        ("FREQ=MONTHLY;BYDAY=+9TU", "this is not a recurrence rule Minutier understands"),
        ("DTSTART:20250101T000000\nRRULE:FREQ=DAILY", "this is not a recurrence rule"),
        ("FREQ=WEEKLY;UNTIL=20250301T000000Z", "UNTIL must be a local date and time, without Z"),
        ("FREQ=YEARLY;INTERVAL=0", "INTERVAL and COUNT must be whole numbers of at least 1"),
        ("FREQ=YEARLY;INTERVAL=-1", "INTERVAL and COUNT must be whole numbers of at least 1"),
        ("FREQ=DAILY;COUNT=0", "INTERVAL and COUNT must be whole numbers of at least 1"),
        ("FREQ=DAILY;COUNT=3;UNTIL=20250301", "a rule has COUNT or UNTIL, not both"),
        ("FREQ=HOURLY", "a meeting series repeats at most daily"),
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "this rule never produces a date"),
        ("FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31", "this rule never produces a date"),
    ],
)
def test_validate_rrule_refuses(rule: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_rrule(rule, field="série")
    assert caught.value.field == "série"
    assert caught.value.reason.startswith(reason)


def test_next_occurrences_second_tuesday() -> None:
    start = dt.datetime(2025, 1, 14, 18, 0)
    rule = "FREQ=MONTHLY;BYDAY=+2TU"
    assert next_occurrences(rule, start, after=dt.datetime(2025, 2, 16), count=3) == [
        dt.datetime(2025, 3, 11, 18, 0),
        dt.datetime(2025, 4, 8, 18, 0),
        dt.datetime(2025, 5, 13, 18, 0),
    ]
    # strictly after: an occurrence equal to ``after`` is left out
    assert next_occurrences(rule, start, after=dt.datetime(2025, 3, 11, 18, 0), count=1) == [
        dt.datetime(2025, 4, 8, 18, 0)
    ]
    assert next_occurrences(rule, start, after=start, count=0) == []


def test_next_occurrences_stop_at_count_and_until() -> None:
    start = dt.datetime(2025, 1, 6, 9, 30)
    weekly = "FREQ=WEEKLY;COUNT=3"
    assert next_occurrences(weekly, start, after=dt.datetime(2025, 1, 1), count=10) == [
        dt.datetime(2025, 1, 6, 9, 30),
        dt.datetime(2025, 1, 13, 9, 30),
        dt.datetime(2025, 1, 20, 9, 30),
    ]
    until = "FREQ=DAILY;UNTIL=20250108T235959"
    assert len(next_occurrences(until, start, after=start, count=10)) == 2
    with pytest.raises(ValidationError):
        next_occurrences("nonsense", start, after=start, count=3)


def test_dates_module_is_pure_python() -> None:
    code = (
        "import sys, minutier.core.dates\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'sqlite3', 'sqlite_utils'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# ---------------------------------------------------------------------------------------------
# Properties

VOCABULARY = (
    "mars février fevrier févr. 1er le à a 16 2025 31 29 0 00 99999999999 fin début mi- de du la "
    "semaine mois prochain prochaine dans jours deux un next friday in days end of march st th "
    "today demain / . - : h 10h00 10:00 am pm 오전 오후 년 월 일 후 주 다음 이번 금요일 말 까지 "
    "T Z d'ici avant by 2025-02-16 ２ \u00a0 é ß İ 年 <b> & \" '"
).split(" ")
texts = st.one_of(
    st.text(max_size=10_000),
    st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), max_size=20),
    st.text(alphabet="0123456789/.-: <>&\"'\x00\x1f년월일", max_size=40),
    st.lists(st.sampled_from(VOCABULARY), max_size=8).map(" ".join),
    st.lists(st.sampled_from(VOCABULARY), max_size=8).map("".join),
)


@settings(max_examples=1000, deadline=None)
@given(text=texts, today=st.dates())
@example(text="99999999999", today=SUNDAY)
@example(text="x" * 10_000, today=SUNDAY)
@example(text="demain", today=D(9999, 12, 31))
@example(text="fin mars", today=D(9999, 12, 31))
def test_any_text_is_a_date_or_a_validation_error(text: str, today: dt.date) -> None:
    for parse in (parse_due_date, parse_local_datetime):
        try:
            result = parse(text, today=today)
        except ValidationError as error:
            assert error.field in ("due date", "date and time")
        else:
            assert isinstance(result, dt.date)
    try:
        partial = parse_partial_date(text, field="founded")
    except ValidationError:
        pass
    else:
        assert partial_date_start(partial) <= partial_date_end(partial)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=200),
        st.lists(
            st.sampled_from(
                "FREQ= DAILY WEEKLY MONTHLY YEARLY HOURLY ; BYDAY= +2TU MO -1FR BYMONTH= "
                "BYMONTHDAY= 31 30 29 2 13 0 -1 COUNT= UNTIL= 20250101 T000000 Z INTERVAL= "
                "BYSETPOS= BYWEEKNO= 53 BYYEARDAY= 366 BYEASTER= RRULE: , \n".split(" ")
            ),
            max_size=12,
        ).map("".join),
    )
)
def test_any_rule_is_valid_or_a_validation_error(rule: str) -> None:
    try:
        canonical = validate_rrule(rule)
    except ValidationError:
        return
    assert validate_rrule(canonical) == canonical


@given(st.text(max_size=300))
def test_any_zone_is_valid_or_a_validation_error(tz: str) -> None:
    try:
        name = validate_timezone(tz)
    except ValidationError:
        return
    assert validate_timezone(name) == name


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)))
def test_round_trip(day: dt.date) -> None:
    first = "1er" if day.day == 1 else str(day.day)
    written = [
        day.isoformat(),
        day.strftime("%d/%m/%Y"),
        day.strftime("%d.%m.%Y"),
        f"{first} {FRENCH_MONTHS[day.month - 1]} {day.year}",
        f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}",
        f"{day.year}년 {day.month}월 {day.day}일",
        f"{day.year}. {day.month}. {day.day}.",
    ]
    for text in written:
        assert parse_due_date(text, today=SUNDAY) == day, text
        assert parse_partial_date(text, field="founded") == day.isoformat(), text
    month = f"{FRENCH_MONTHS[day.month - 1]} {day.year}"
    assert parse_partial_date(month, field="founded") == f"{day.year:04d}-{day.month:02d}"
    assert partial_date_end(day.isoformat()[:7]) == parse_due_date(month, today=SUNDAY)


@given(n=st.integers(min_value=0, max_value=3650), today=st.sampled_from([SUNDAY, DEC_30]))
def test_in_n_days(n: int, today: dt.date) -> None:
    expected = today + dt.timedelta(days=n)
    for text in (f"dans {n} jours", f"in {n} days", f"{n}일 후", f"d'ici {n} jours"):
        assert parse_due_date(text, today=today) == expected, text


RULES = [
    "FREQ=MONTHLY;BYDAY=+2TU",
    "FREQ=WEEKLY;BYDAY=MO,TH",
    "FREQ=WEEKLY;INTERVAL=2",
    "FREQ=DAILY;COUNT=5",
    "FREQ=MONTHLY;BYMONTHDAY=-1",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "FREQ=DAILY;BYHOUR=9,14;UNTIL=20300101T000000",
]


@settings(deadline=None)
@given(
    rule=st.sampled_from(RULES),
    start=st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2030, 12, 31)).map(
        lambda moment: moment.replace(microsecond=0)  # rrule counts in whole seconds
    ),
    offset=st.timedeltas(min_value=dt.timedelta(days=-400), max_value=dt.timedelta(days=4000)),
    count=st.integers(min_value=0, max_value=25),
)
def test_next_occurrences_are_increasing_and_after(
    rule: str, start: dt.datetime, offset: dt.timedelta, count: int
) -> None:
    after = start + offset
    found = next_occurrences(rule, start, after=after, count=count)
    assert len(found) <= count
    assert all(moment > after and moment >= start for moment in found)
    assert all(earlier < later for earlier, later in itertools.pairwise(found))
    if found:  # nothing was skipped between ``after`` and the last one found
        expected = rrulestr(rule, dtstart=start).between(after, found[-1], inc=True)
        assert found == [moment for moment in expected if moment > after]


@pytest.mark.parametrize("text", ["un jour", "one day", "une semaine", "Un Jour"])
def test_one_without_in_is_some_day_not_tomorrow(text: str) -> None:
    """ "Un jour" is "some day": refusing it beats silently booking it for tomorrow."""
    with pytest.raises(ValidationError):
        parse_due_date(text, today=dt.date(2025, 2, 20))
    assert parse_due_date(
        ("in " if text.startswith("one") else "dans ") + text.lower(), today=dt.date(2025, 2, 20)
    ) > dt.date(2025, 2, 20)
