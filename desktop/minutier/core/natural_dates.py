"""Reading dates typed in French, English or Korean: the vocabulary and grammar behind core.dates."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from dateutil import parser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from minutier.core.date_periods import read_period
from minutier.core.date_reasons import NO_SUCH_DAY, NOT_A_DATE, TOO_FAR  # noqa: F401

MAX_LENGTH = 100  # no date anyone types is longer; longer text is rejected before any parsing

_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
_KOREAN_WEEKDAYS = "월화수목금토일"


class Unreadable(Exception):
    """The text names no date (or an impossible one); ``reason`` is the sentence for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Vocabulary(parser.parserinfo):
    """dateutil's parserinfo with French month and weekday names beside the English ones.

    French weekday abbreviations are left out: "mar" would then mean Tuesday, not March.
    """

    JUMP: ClassVar = [*parser.parserinfo.JUMP, "le", "à", "er", "du", "de", "the"]
    MONTHS: ClassVar = [
        ("jan", "janv", "janvier", "january"),
        ("feb", "fév", "fev", "févr", "fevr", "février", "fevrier", "february"),
        ("mar", "mars", "march"),
        ("apr", "avr", "avril", "april"),
        ("may", "mai"),
        ("jun", "juin", "june"),
        ("jul", "juil", "juillet", "july"),
        ("aug", "aoû", "aou", "août", "aout", "august"),
        ("sep", "sept", "septembre", "september"),
        ("oct", "octobre", "october"),
        ("nov", "novembre", "november"),
        ("dec", "déc", "décembre", "decembre", "december"),
    ]
    WEEKDAYS: ClassVar = [
        ("mon", "monday", "lundi"),
        ("tue", "tues", "tuesday", "mardi"),
        ("wed", "wednesday", "mercredi"),
        ("thu", "thur", "thurs", "thursday", "jeudi"),
        ("fri", "friday", "vendredi"),
        ("sat", "saturday", "samedi"),
        ("sun", "sunday", "dimanche"),
    ]


VOCABULARY = _Vocabulary(dayfirst=True)

# ---------------------------------------------------------------------------------------------
# Clean-up


_PLAIN = str.maketrans(
    {**dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"), **dict.fromkeys("‘’ʼ`´", "'")}
)
_TRAILING_PUNCTUATION = re.compile(r"[\s.!,;]+$")
_LEADING_WORDS = re.compile(
    r"(?:d'ici(?: à)?|avant(?: le| la)?|au plus tard(?: le| la)?|pour(?: le| la)?|jusqu'(?:au|à)"
    r"|le|la|au|by|before|until|till|due|on|the)\s+"
)
_UNTIL_SUFFIX = re.compile(r"\s*까지$")


def normalize(text: str) -> str:
    """NFKC, case-folded, single spaces, plain dashes and apostrophes, no final full stop."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_PLAIN)
    return _TRAILING_PUNCTUATION.sub("", " ".join(text.split()))


def strip_fillers(text: str) -> str:
    """Drop the words around a deadline: "d'ici le", "avant", "by", "until", "…까지"."""
    text = _UNTIL_SUFFIX.sub("", text)
    while (match := _LEADING_WORDS.match(text)) is not None:
        text = text[match.end() :]
    return text


# ---------------------------------------------------------------------------------------------
# Calendar helpers


def _day_in(year: int, month: int, day: int | None) -> dt.date:
    """That day of that month; ``None`` means the month's last day. ValueError if impossible."""
    if day is None:
        return dt.date(year, month, 1) + relativedelta(day=31)
    return dt.date(year, month, day)


def calendar_day(today: dt.date, year: int | None, month: int, day: int | None) -> dt.date:
    """The day named by month and day, in ``year`` or else the first on or after ``today``."""
    if year is not None:
        try:
            return _day_in(year, month, day)
        except ValueError:
            raise Unreadable(NO_SUCH_DAY) from None
    for candidate_year in range(today.year, today.year + 9):  # 29 February recurs within 8 years
        try:
            candidate = _day_in(candidate_year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    raise Unreadable(NO_SUCH_DAY)


# ---------------------------------------------------------------------------------------------
# Relative phrases

_END_OF_MONTH = relativedelta(day=31)
_END_OF_YEAR = relativedelta(month=12, day=31)
_PHRASES = tuple(
    (re.compile(pattern), delta)
    for pattern, delta in (
        (r"aujourd'hui|today|오늘", relativedelta()),
        (r"demain|tomorrow|내일", relativedelta(days=1)),
        (r"apr[èe]s-? ?demain|(?:the )?day after tomorrow|모레", relativedelta(days=2)),
        (
            r"(?:la )?semaine prochaine|next week|(?:다음|담) ?주",
            relativedelta(weeks=1, weekday=MO(-1)),
        ),
        (r"(?:le )?mois prochain|next month|다음 ?달(?: ?말)?", relativedelta(months=1, day=31)),
        (r"fin (?:du |de )?mois|end of (?:the |this )?month", _END_OF_MONTH),
        (r"월말|(?:이번 ?달|이달) ?말", _END_OF_MONTH),
        (r"fin de (?:la )?semaine|end of (?:the |this )?week", relativedelta(weekday=FR)),
        (r"fin (?:de l'|d')ann[ée]e|end of (?:the |this )?year|연말|올해 ?말", _END_OF_YEAR),
        (r"(?:l')?ann[ée]e prochaine|next year|내년", relativedelta(years=1, month=12, day=31)),
    )
)

_NUMBER_WORDS = {
    **dict.fromkeys(("un", "une", "a", "an", "one"), 1),
    **{"deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4, "cinq": 5, "five": 5},
    **{"six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9, "nine": 9},
    **{"dix": 10, "ten": 10, "onze": 11, "eleven": 11, "douze": 12, "twelve": 12},
    **{"quinze": 15, "fifteen": 15, "vingt": 20, "twenty": 20, "trente": 30, "thirty": 30},
}
_UNITS = {
    **dict.fromkeys(("jour", "jours", "day", "days"), "days"),
    **dict.fromkeys(("semaine", "semaines", "week", "weeks"), "weeks"),
    **dict.fromkeys(("mois", "month", "months"), "months"),
    **dict.fromkeys(("an", "ans", "année", "années", "annee", "annees", "year", "years"), "years"),
}
_KOREAN_UNITS = {"일": "days", "주": "weeks", "주일": "weeks", "개월": "months", "달": "months"}
_KOREAN_UNITS |= {"년": "years"}
_KOREAN_WORDS = {
    "하루": (1, "days"),
    "이틀": (2, "days"),
    "사흘": (3, "days"),
    "일주일": (1, "weeks"),
}
_KOREAN_WORDS |= {"한달": (1, "months"), "두달": (2, "months"), "세달": (3, "months")}


def _one_of(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_AMOUNT = re.compile(
    rf"(?:(?P<pre>dans|in|within|sous)\s+)?(?:(?:les|the next|the)\s+)?(?P<n>[0-9]+|{_one_of(_NUMBER_WORDS)})\s+(?P<unit>{_one_of(_UNITS)})"
    r"(?:\s+(?:from now|later|plus tard))?"
)
_KOREAN_AMOUNT = re.compile(
    rf"(?:(?P<n>[0-9]+)\s*(?P<unit>{_one_of(_KOREAN_UNITS)})|(?P<word>하루|이틀|사흘|일주일|[한두세] ?달))"
    r"\s*(?:후|뒤|이내|내|안)에?"
)


def _amount(text: str, today: dt.date) -> dt.date | None:
    """ "dans 2 semaines", "in ten days", "3개월 후": today moved on by that much."""
    if match := _AMOUNT.fullmatch(text):
        count = _NUMBER_WORDS.get(match["n"]) or int(match["n"])
        if count == 1 and not match["pre"] and not match["n"].isdigit():
            return None  # "un jour", "one day" mean "some day", not tomorrow

        unit = _UNITS[match["unit"]]
    elif match := _KOREAN_AMOUNT.fullmatch(text):
        if match["word"]:
            count, unit = _KOREAN_WORDS[match["word"].replace(" ", "")]
        else:
            count, unit = int(match["n"]), _KOREAN_UNITS[match["unit"]]
    else:
        return None
    return today + relativedelta(**{unit: count})


_WEEKDAY = re.compile(
    r"(?:(?P<pre>next|this|coming|ce)\s+)?(?P<name>[^\W\d_]+)(?:\s+(?P<post>prochain|qui vient))?"
)
_KOREAN_WEEKDAY = re.compile(
    rf"(?:(?P<week>이번|다음|담) ?주 ?)?(?P<name>[{_KOREAN_WEEKDAYS}])요일"
)


def _weekday(text: str, today: dt.date) -> dt.date | None:
    """ "next Friday", "vendredi", "다음 주 금요일": a weekday near today."""
    match = _WEEKDAY.fullmatch(text)
    number = None if match is None else VOCABULARY.weekday(match["name"])
    if match is not None and number is not None:
        if match["pre"] in ("this", "ce"):
            return today + relativedelta(weekday=_WEEKDAYS[number])
        return today + relativedelta(days=1, weekday=_WEEKDAYS[number])
    if match := _KOREAN_WEEKDAY.fullmatch(text):
        target = _WEEKDAYS[_KOREAN_WEEKDAYS.index(match["name"])]
        if match["week"] is None:
            return today + relativedelta(days=1, weekday=target)
        monday = today + relativedelta(weeks=0 if match["week"] == "이번" else 1, weekday=MO(-1))
        return monday + relativedelta(weekday=target)
    return None


_POSITIONS: dict[str, int | None] = {
    **dict.fromkeys(("fin", "end", "late", "말"), None),
    **dict.fromkeys(("début", "debut", "beginning", "start", "early", "초"), 1),
    **dict.fromkeys(("mi", "mid", "middle", "중순"), 15),
}
_MONTH_PART = re.compile(
    r"(?P<pos>fin|d[ée]but|mi|end|beginning|start|early|middle|mid|late)(?:\s*-\s*|\s+)"
    r"(?:(?:of|de|du)\s+|d')?(?:the\s+)?(?P<month>[^\W\d_]+)\.?(?:\s+(?P<year>[0-9]{4}))?"
)
_KOREAN_MONTH_PART = re.compile(
    r"(?:(?P<year>[0-9]{4})\s*년\s*)?(?P<month>[0-9]{1,2})\s*월\s*(?P<pos>말|초|중순)"
)


def _month_part(text: str, today: dt.date) -> dt.date | None:
    """ "fin mars", "mi-avril", "end of March 2026", "3월 말": the end, 15th or 1st of a month."""
    if match := _MONTH_PART.fullmatch(text):
        month = VOCABULARY.month(match["month"])
        if month is None:
            return None
    elif match := _KOREAN_MONTH_PART.fullmatch(text):
        month = int(match["month"])
    else:
        return None
    year = int(match["year"]) if match["year"] else None
    return calendar_day(today, year, month, _POSITIONS[match["pos"]])


# ---------------------------------------------------------------------------------------------
# Absolute dates


@dataclass(frozen=True)
class Absolute:
    """A calendar date as typed, before checking: any of year, month and day may be missing."""

    year: int | None
    month: int | None
    day: int | None


_NUMERIC = (
    re.compile(
        r"(?P<y>[0-9]{4})\s*(?P<s>[-/.])\s*(?P<m>[0-9]{1,2})(?:\s*(?P=s)\s*(?P<d>[0-9]{1,2}))?"
    ),
    re.compile(
        r"(?P<d>[0-9]{1,2})\s*(?P<s>[-/.])\s*(?P<m>[0-9]{1,2})(?:\s*(?P=s)\s*(?P<y>[0-9]{4}|[0-9]{2}))?"
    ),
    re.compile(r"(?P<m>[0-9]{1,2})\s*[-/.]\s*(?P<y>[0-9]{4})"),
    re.compile(r"(?P<y>[0-9]{4})\s*년?"),
    re.compile(r"(?:(?P<y>[0-9]{4})\s*년\s*)?(?P<m>[0-9]{1,2})\s*월(?:\s*(?P<d>[0-9]{1,2})\s*일)?"),
)
_NAMED_CHARACTERS = re.compile(r"[a-zà-ÿœæ0-9 .,'/-]+")
_LOW = dt.datetime(2000, 1, 1, 0, 0, 0)  # two leap years: 29 February parses under both defaults
_HIGH = dt.datetime(2004, 12, 31, 23, 59, 59)


def read_absolute(text: str) -> Absolute | None:
    """2025-03-31, 31/03/2025, 31.03, 09/2023, 2027, 2025년 3월 31일, 16 février 2025, March 2025."""
    for pattern in _NUMERIC:
        if match := pattern.fullmatch(text):
            y, m, d = (match.groupdict().get(key) for key in "ymd")
            year = None if y is None else int(y) + (2000 if len(y) == 2 else 0)
            return Absolute(year, None if m is None else int(m), None if d is None else int(d))
    return _named(text)


def _named(text: str) -> Absolute | None:
    """A date with a month name, read by dateutil with our vocabulary.

    It is parsed under two different defaults: a field that comes out the same both times was
    typed, one that differs was not. Two-digit years and times of day are refused here.
    """
    if not _NAMED_CHARACTERS.fullmatch(text):
        return None
    words = re.findall(r"[^\W\d_]+", text)
    if not any(VOCABULARY.month(word) for word in words):
        return None
    numbers = re.findall(r"[0-9]+", text)
    if len(numbers) > 2 or any(len(number) not in (1, 2, 4) for number in numbers):
        return None
    try:
        low = parser.parse(text, parserinfo=VOCABULARY, default=_LOW)
        high = parser.parse(text, parserinfo=VOCABULARY, default=_HIGH)
    except parser.ParserError as error:
        if isinstance(error.__cause__, ValueError):  # understood, but no such day
            raise Unreadable(NO_SUCH_DAY) from None
        return None
    except (ValueError, OverflowError):
        return None
    typed_time = low.hour == high.hour or low.minute == high.minute or low.second == high.second
    if low.tzinfo is not None or typed_time or low.month != high.month:
        return None
    year = low.year if low.year == high.year else None
    day = low.day if low.day == high.day else None
    four_digits = any(len(number) == 4 for number in numbers)
    if (year is not None) != four_digits:  # "32 mars" is not March 2032
        return None
    if day is None and any(VOCABULARY.weekday(word) is not None for word in words):
        return None  # "mardi mars"
    return Absolute(year, low.month, day)


def read_date(text: str, today: dt.date) -> dt.date | None:
    """The day ``text`` (normalized, fillers stripped) names; ``None`` if it names none.

    Raises Unreadable when the text looks like a date that cannot exist or cannot be held.
    """
    try:
        for pattern, delta in _PHRASES:
            if pattern.fullmatch(text):
                return today + delta
        for reader in (_amount, _weekday, _month_part, read_period):
            if (found := reader(text, today)) is not None:
                return found
        absolute = read_absolute(text)
        if absolute is None or absolute.month is None:  # a year alone names no day
            return None
        return calendar_day(today, absolute.year, absolute.month, absolute.day)
    except (OverflowError, ValueError):  # arithmetic past year 9999
        raise Unreadable(TOO_FAR) from None
