"""Deadlines named by a period — a quarter, a half-year, a year's end, next month — read as its last day."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import MO, relativedelta

# The text arrives normalized (case-folded, single spaces) with "by", "avant", "…까지" stripped.

_END_BEFORE = re.compile(
    r"(?:(?:à|a|at)\s+)?(?:(?:la|the)\s+)?(?:fin|end)(?:\s*-\s*|\s+)"
    r"(?:(?:du|de la|des|de|of the|of)\s+|de l'|d')?"
)
_END_AFTER = re.compile(r"\s*(?:말|중|내|안|이내)에?$")

_THIS_YEAR = r"cette ann[ée]e|this year|올해|금년|올"
_NEXT_YEAR = r"(?:l')?ann[ée]e prochaine|l'an prochain|next year|내년|명년"
_YEAR = rf"(?P<year>[0-9]{{4}}|{_THIS_YEAR}|{_NEXT_YEAR})"
_YEAR_AFTER = (
    rf"(?:(?:\s*[-/]\s*|\s+)(?:(?:of|de|du|in|en)\s+)?(?:l'ann[ée]e\s+|the year\s+)?{_YEAR})?"
)
_YEAR_BEFORE = r"(?:(?P<y0>[0-9]{4})\s*(?:년도?)?\s*[-/]?\s*|(?P<w0>올해|금년|올|내년|명년)\s+)?"

_ORDINALS = {
    **dict.fromkeys(("premier", "1er", "1re", "1ère", "1ere", "first", "1st"), 1),
    **dict.fromkeys(("deuxième", "deuxieme", "2e", "2ème", "2eme", "second", "seconde"), 2),
    **dict.fromkeys(("2nd",), 2),
    **dict.fromkeys(("troisième", "troisieme", "3e", "3ème", "3eme", "third", "3rd"), 3),
    **dict.fromkeys(("quatrième", "quatrieme", "4e", "4ème", "4eme", "fourth", "4th"), 4),
    **dict.fromkeys(("dernier", "last"), 0),  # the year's last: only beside a year
}
_ORDINAL = "|".join(sorted(map(re.escape, _ORDINALS), key=len, reverse=True))

_QUARTERS = (
    re.compile(rf"{_YEAR_BEFORE}(?:[qt](?P<n>[1-4])|(?P<m>[1-4])q){_YEAR_AFTER}"),
    re.compile(rf"(?:the\s+)?(?P<ord>{_ORDINAL})\s+(?:trimestre|quarter){_YEAR_AFTER}"),
    re.compile(rf"{_YEAR_BEFORE}(?P<n>[1-4])\s*(?:/\s*4|사)?\s*분기"),
)
_HALVES = (
    re.compile(rf"{_YEAR_BEFORE}(?:h(?P<n>[12])|(?P<m>[12])h){_YEAR_AFTER}"),
    re.compile(rf"(?:the\s+)?(?P<ord>{_ORDINAL})\s+(?:semestre|half){_YEAR_AFTER}"),
    re.compile(rf"{_YEAR_BEFORE}(?P<half>상|하)반기"),
)
_CURRENT_QUARTER = re.compile(
    r"(?:(?:le|ce|the|this)\s+)?(?:trimestre|quarter)(?:\s+(?:en cours|actuel))?"
    r"|(?:the\s+)?current quarter|(?:이번|금|당) ?분기|분기"
)
_NEXT_QUARTER = re.compile(
    r"(?:le\s+)?(?:trimestre (?:prochain|suivant)|prochain trimestre)"
    r"|(?:the\s+)?(?:next|following) quarter|(?:다음|차) ?분기"
)
_YEAR_ALONE = re.compile(
    rf"(?:l'ann[ée]e\s+|the year\s+)?{_YEAR}\s*(?:년도?)?|(?P<current>(?:l')?ann[ée]e|(?:the )?year)"
)
_YEAR_END = re.compile(
    rf"(?:the\s+)?year[- ]?end(?:\s+(?:of\s+)?{_YEAR})?|(?P<y0>[0-9]{{4}})\s+year[- ]?end"
)
_WITHIN_YEAR = re.compile(r"연내|연중")
_NEXT_MONTH = re.compile(
    r"(?:le\s+)?mois (?:prochain|suivant)|(?:the\s+)?(?:next|following) month|(?:다음|담) ?달|익월|내달"
)
_THIS_MONTH = re.compile(
    r"(?:ce\s+|le\s+)?mois(?: en cours)?|(?:the |this )?month|이번 ?달|이달|당월"
)
_NEXT_WEEK = re.compile(r"(?:la\s+)?semaine prochaine|(?:the\s+)?(?:next|following) week")
_KOREAN_MONTH = re.compile(r"(?:(?P<year>[0-9]{4})\s*년\s*)?(?P<month>[0-9]{1,2})\s*월")
_DAY_OF_NEXT_MONTH = (
    re.compile(
        r"(?:le\s+)?(?:the\s+)?(?P<day>[0-9]{1,2})(?:er|st|nd|rd|th)?\s+(?:du|of)\s+(?:the\s+)?"
        r"(?:mois prochain|mois suivant|next month|following month)"
    ),
    re.compile(r"(?:다음 ?달|익월|내달)\s*(?P<day>[0-9]{1,2})\s*일"),
)


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1) + relativedelta(day=31)


def _which_year(word: str | None, today: dt.date) -> int | None:
    """2025, "this year", "내년" → a year; ``None`` when no year was written."""
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    return today.year + (0 if re.fullmatch(_THIS_YEAR, word) else 1)


def _period_end(today: dt.date, year: int | None, last_month: int) -> dt.date:
    """The period ending with ``last_month``: in ``year``, or else the first not yet over."""
    if year is not None:
        return _last_day(year, last_month)
    end = _last_day(today.year, last_month)
    return end if end >= today else _last_day(today.year + 1, last_month)


def _numbered(patterns: tuple[re.Pattern[str], ...], text: str, today: dt.date, size: int):
    """A numbered quarter (size 3) or half (size 6) with an optional year; None if not one."""
    for pattern in patterns:
        if (match := pattern.fullmatch(text)) is None:
            continue
        fields = match.groupdict()
        year = _which_year(fields.get("year") or fields.get("y0") or fields.get("w0"), today)
        if fields.get("ord"):
            number = _ORDINALS[fields["ord"]] or 12 // size
            if _ORDINALS[fields["ord"]] == 0 and year is None:
                return None  # "last quarter" may be the one just gone
        elif fields.get("half"):
            number = 1 if fields["half"] == "상" else 2
        else:
            number = int(fields.get("n") or fields["m"])
        if number > 12 // size:
            return None
        return _period_end(today, year, number * size)
    return None


def _quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _relative(text: str, today: dt.date, end: bool) -> dt.date | None:
    """This or next quarter, month or week, this or next year."""
    if _NEXT_QUARTER.fullmatch(text):
        start = dt.date(today.year, 3 * _quarter_of(today) - 2, 1) + relativedelta(months=3)
        return _last_day(start.year, start.month + 2)
    if _NEXT_MONTH.fullmatch(text):
        return today + relativedelta(months=1, day=31)
    if not end:
        return None
    if _CURRENT_QUARTER.fullmatch(text):
        return _last_day(today.year, 3 * _quarter_of(today))
    if _THIS_MONTH.fullmatch(text):
        return today + relativedelta(day=31)
    if _NEXT_WEEK.fullmatch(text):
        return today + relativedelta(weeks=1, weekday=MO(-1)) + relativedelta(days=4)  # Friday
    if match := _YEAR_ALONE.fullmatch(text):
        year = today.year if match["current"] else _which_year(match["year"], today)
        return None if year is None else _last_day(year, 12)
    if match := _KOREAN_MONTH.fullmatch(text):
        year = int(match["year"]) if match["year"] else None
        month = int(match["month"])
        if not 1 <= month <= 12:
            return None
        if year is not None:
            return _last_day(year, month)
        end_of = _last_day(today.year, month)
        return end_of if end_of >= today else _last_day(today.year + 1, month)
    return None


def _split_end(text: str) -> tuple[str, bool]:
    """ "fin T2 2025" → ("t2 2025", True); "2분기 말" → ("2분기", True); else (text, False)."""
    if match := _END_BEFORE.match(text):
        return text[match.end() :], True
    if (match := _END_AFTER.search(text)) and match.start() > 0:
        return text[: match.start()], True
    return text, False


def read_period(text: str, today: dt.date) -> dt.date | None:
    """The last day of the period ``text`` names (normalized, fillers stripped); None if none.

    A quarter or half without a year is the first one not yet over; "last quarter" without a
    year is refused (the one just gone, or the fourth?), as are "mi-2025" and "début 2026".
    """
    if _WITHIN_YEAR.fullmatch(text):
        return _last_day(today.year, 12)
    if match := _YEAR_END.fullmatch(text):
        return _last_day(_which_year(match["year"] or match["y0"], today) or today.year, 12)
    for pattern in _DAY_OF_NEXT_MONTH:
        if match := pattern.fullmatch(text):
            start = today + relativedelta(months=1, day=1)
            try:
                return dt.date(start.year, start.month, int(match["day"]))
            except ValueError:
                return None  # "le 31 du mois prochain" in February
    body, end = _split_end(text)
    for found in (
        _numbered(_QUARTERS, body, today, 3),
        _numbered(_HALVES, body, today, 6),
        _relative(body, today, end),
    ):
        if found is not None:
            return found
    return None
