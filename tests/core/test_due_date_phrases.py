"""Deadlines as a secretariat writes them (quarters, half-years, year ends, next month's end), in
French, English and Korean: a list written down before the grammar, each with the day a person reads.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minutier.core.dates import parse_due_date
from minutier.core.errors import ValidationError

D = dt.date
WED = D(2025, 2, 19)  # the day the deadlines are written, unless a line says otherwise
JULY = D(2025, 7, 10)
JAN_31 = D(2025, 1, 31)
NOV = D(2025, 11, 3)
NEW_YEARS_EVE = D(2025, 12, 31)

HELD_OUT = [
    # -- French
    (WED, "T2 2025", D(2025, 6, 30)),
    (WED, "fin T3 2025", D(2025, 9, 30)),
    (WED, "premier trimestre 2025", D(2025, 3, 31)),
    (WED, "d'ici la fin du premier trimestre 2026", D(2026, 3, 31)),
    (WED, "au 2e trimestre", D(2025, 6, 30)),
    (WED, "4ème trimestre 2025", D(2025, 12, 31)),
    (WED, "dernier trimestre 2025", D(2025, 12, 31)),
    (WED, "T4", D(2025, 12, 31)),
    (WED, "fin 2025", D(2025, 12, 31)),
    (WED, "d'ici fin 2026", D(2026, 12, 31)),
    (WED, "fin du mois prochain", D(2025, 3, 31)),
    (WED, "à la fin du mois prochain", D(2025, 3, 31)),
    (WED, "avant la fin du trimestre", D(2025, 3, 31)),
    (WED, "le trimestre prochain", D(2025, 6, 30)),
    (WED, "premier semestre 2025", D(2025, 6, 30)),
    (WED, "au second semestre", D(2025, 12, 31)),
    (WED, "fin de l'année prochaine", D(2026, 12, 31)),
    (WED, "le 15 du mois prochain", D(2025, 3, 15)),
    (WED, "fin de la semaine prochaine", D(2025, 2, 28)),
    (WED, "dans les 10 jours", D(2025, 3, 1)),
    (WED, "sous 10 jours", D(2025, 3, 1)),
    # -- English
    (WED, "Q2 2025", D(2025, 6, 30)),
    (WED, "by end of Q3", D(2025, 9, 30)),
    (WED, "end of Q1 2026", D(2026, 3, 31)),
    (WED, "Q3/2025", D(2025, 9, 30)),
    (WED, "first quarter of 2026", D(2026, 3, 31)),
    (WED, "by the end of the second quarter", D(2025, 6, 30)),
    (WED, "end of next month", D(2025, 3, 31)),
    (WED, "by the end of next month", D(2025, 3, 31)),
    (WED, "end of 2025", D(2025, 12, 31)),
    (WED, "year-end", D(2025, 12, 31)),
    (WED, "by year end 2026", D(2026, 12, 31)),
    (WED, "H1 2025", D(2025, 6, 30)),
    (WED, "second half of 2025", D(2025, 12, 31)),
    (WED, "end of this quarter", D(2025, 3, 31)),
    (WED, "next quarter", D(2025, 6, 30)),
    (WED, "the 15th of next month", D(2025, 3, 15)),
    (WED, "within two weeks", D(2025, 3, 5)),
    (WED, "within the next 10 days", D(2025, 3, 1)),
    (WED, "end of next week", D(2025, 2, 28)),
    (WED, "end of next year", D(2026, 12, 31)),
    # -- Korean
    (WED, "2025년 2분기", D(2025, 6, 30)),
    (WED, "2분기 말까지", D(2025, 6, 30)),
    (WED, "3분기 중", D(2025, 9, 30)),
    (WED, "2025년 1/4분기", D(2025, 3, 31)),
    (WED, "상반기", D(2025, 6, 30)),
    (WED, "올해 하반기", D(2025, 12, 31)),
    (WED, "내년 상반기", D(2026, 6, 30)),
    (WED, "2026년도 상반기", D(2026, 6, 30)),
    (WED, "2025년 말", D(2025, 12, 31)),
    (WED, "연내", D(2025, 12, 31)),
    (WED, "올해 안에", D(2025, 12, 31)),
    (WED, "내년 말까지", D(2026, 12, 31)),
    (WED, "다음 달 말까지", D(2025, 3, 31)),
    (WED, "다음 달 15일", D(2025, 3, 15)),
    (WED, "이달 중", D(2025, 2, 28)),
    (WED, "3월 중", D(2025, 3, 31)),
    (WED, "2주 이내", D(2025, 3, 5)),
    (WED, "다음 분기", D(2025, 6, 30)),
    (WED, "이번 분기 말", D(2025, 3, 31)),
    # -- other days: a period already over is next year's; month and quarter ends roll over
    (JULY, "T2", D(2026, 6, 30)),
    (JULY, "상반기", D(2026, 6, 30)),
    (JULY, "fin du trimestre", D(2025, 9, 30)),
    (JAN_31, "end of next month", D(2025, 2, 28)),
    (NOV, "next quarter", D(2026, 3, 31)),
    (NOV, "fin du mois prochain", D(2025, 12, 31)),
    (NEW_YEARS_EVE, "fin du trimestre", D(2025, 12, 31)),
    (NEW_YEARS_EVE, "fin du mois prochain", D(2026, 1, 31)),
]

AMBIGUOUS = [
    "mi-2025",  # 30 June or 1 July?
    "mid-2025",
    "début 2026",
    "early next year",
    "내년 초",
    "S1 2025",  # semestre or semaine?
    "last quarter",  # the one before, or the year's fourth?
    "le dernier trimestre",
    "fin de l'exercice",  # which fiscal year?
    "FY2025",
    "T2 25",  # a year beside a name has four digits
    "Q5 2025",
    "5분기",
    "다음 주말",  # next weekend: Saturday or Sunday?
    "avant la prochaine réunion",
    "dès que possible",
    "ASAP",
    "미정",
    "조속히",
    "semaine 12",
]


@pytest.mark.parametrize(
    ("today", "text", "expected"), HELD_OUT, ids=[f"{t}:{s}" for t, s, _ in HELD_OUT]
)
def test_secretariat_phrase(today: dt.date, text: str, expected: dt.date) -> None:
    assert parse_due_date(text, today=today) == expected


def test_the_list_is_long_enough_in_each_language() -> None:
    assert len(HELD_OUT) >= 44
    korean = [text for _, text, _ in HELD_OUT if any("\uac00" <= c <= "\ud7a3" for c in text)]
    assert len(korean) >= 15


@pytest.mark.parametrize("text", AMBIGUOUS)
def test_ambiguous_phrases_are_still_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_due_date(text, today=WED)


@given(
    st.sampled_from(
        ["T{q} {y}", "Q{q} {y}", "fin T{q} {y}", "{y}년 {q}분기", "{y} Q{q}", "Q{q}/{y}"]
    ),
    st.integers(1, 4),
    st.integers(1000, 9999),
)
def test_any_quarter_is_its_last_day(form: str, quarter: int, year: int) -> None:
    day = parse_due_date(form.format(q=quarter, y=year), today=WED)
    assert (day.year, day.month) == (year, 3 * quarter)
    assert day.day == calendar.monthrange(year, 3 * quarter)[1]  # the quarter's last day


@given(
    st.integers(0, 400_000),
    st.sampled_from(
        [
            "fin du mois prochain",
            "next quarter",
            "연내",
            "fin du trimestre",
            "end of next year",
            "상반기",
        ]
    ),
)
def test_relative_periods_end_on_or_after_today(offset: int, text: str) -> None:
    today = dt.date(1900, 1, 1) + dt.timedelta(days=offset)
    try:
        day = parse_due_date(text, today=today)
    except ValidationError as error:  # only past year 9999
        assert "outside the years" in error.reason and today.year >= 9998
        return
    assert day >= today and (day + dt.timedelta(days=1)).day == 1
