"""Numbers, money and figures written out per language: the one formatter of window, PDFs, exports.

No float is ever involved: money arrives as integer minor units plus an ISO 4217 code and is
turned into a ``Decimal`` by ``core.figures.from_minor_units``; quantities arrive as their exact
decimal text. Large amounts use the words people say: "400 milliards de wons (277 millions de
dollars)", "1,8 billion de wons", "400 billion won ($277 million)", "4,000억 원 (2억 7,700만
달러)". A scale word is used only when it states the amount exactly (at most two decimals);
otherwise every digit is written, grouped ("1 234 567 wons").

A number never parts from its unit or scale word at a line end: no-break spaces join them, and
French groups digits and sets "%" with the narrow no-break space (U+202F) as French typography
does. Pure Python (no Qt, no reportlab): the window (``ui.forms.localized``), the PDFs
(``pdf.blocks``) and the CSV/ICS exports call the same functions with the reader's language.
"""

from __future__ import annotations

from decimal import Decimal

from minutier.core.enums import FigureKind, FigureQualifier
from minutier.core.figures import Figure, currency_exponent, from_minor_units

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: French digit groups, before ; ! ? % »
_SEPARATORS = {"fr": (NNBSP, ","), "en": (",", "."), "ko": (",", ".")}
_SCALES = {
    "fr": (
        (10**12, "billion", "billions"),
        (10**9, "milliard", "milliards"),
        (10**6, "million", "millions"),
    ),
    "en": (
        (10**12, "trillion", "trillion"),
        (10**9, "billion", "billion"),
        (10**6, "million", "million"),
    ),
}
_KO_UNITS = ((10**12, "조"), (10**8, "억"), (10**4, "만"))
# French currency nouns: singular, plural, whether "de" elides before them.
_FR_NOUNS = {
    "KRW": ("won", "wons", False),
    "USD": ("dollar", "dollars", False),
    "EUR": ("euro", "euros", True),
    "JPY": ("yen", "yens", False),
    "CNY": ("yuan", "yuans", False),
    "GBP": ("livre sterling", "livres sterling", False),
    "CHF": ("franc suisse", "francs suisses", False),
    "CAD": ("dollar canadien", "dollars canadiens", False),
}
_EN_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
_EN_NOUNS = {"KRW": "won", "JPY": "yen", "CNY": "yuan"}
_KO_NOUNS = {
    "KRW": "원",
    "USD": "달러",
    "EUR": "유로",
    "JPY": "엔",
    "CNY": "위안",
    "GBP": "파운드",
    "CHF": "스위스 프랑",
    "CAD": "캐나다 달러",
}
_QUALIFIERS = {
    "fr": {
        "about": "environ {}",
        "up_to": "jusqu’à {}",
        "at_least": "au moins {}",
        "target": "{} (objectif)",
    },
    "en": {
        "about": "about {}",
        "up_to": "up to {}",
        "at_least": "at least {}",
        "target": "{} (target)",
    },
    "ko": {"about": "약 {}", "up_to": "최대 {}", "at_least": "최소 {}", "target": "{} (목표)"},
}
YEAR_UNITS = frozenset({"année", "années", "an", "ans", "year", "years", "yr", "년", "연도", "연"})
_TWO_PLACES = Decimal("0.01")


def _lang(lang: str) -> str:
    return lang if lang in _SEPARATORS else "en"


def number(value: Decimal | int | str, lang: str, *, group: bool = True) -> str:
    """``value`` with the language's digit grouping and decimal mark, exactly as given."""
    thousands, decimal_mark = _SEPARATORS[_lang(lang)]
    d = Decimal(value)
    sign = "-" if d < 0 else ""
    digits = format(abs(d), "f")
    whole, _, fraction = digits.partition(".")
    if group and len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = thousands.join(
            [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
        )
    return sign + whole + (decimal_mark + fraction if fraction else "")


def _major(minor: int, currency: str) -> Decimal:
    """The amount in major units, written without decimals when it is whole."""
    amount = from_minor_units(minor, currency)
    if amount == amount.to_integral_value():
        return amount.quantize(Decimal(1))
    return amount.quantize(Decimal(1).scaleb(-currency_exponent(currency)))


def _scaled(amount: Decimal, lang: str) -> tuple[Decimal, str, str] | None:
    """(value, singular word, plural word) when a scale word states ``amount`` exactly."""
    for scale, singular, plural in _SCALES[lang]:
        if amount >= scale:
            value = amount / scale
            if value == value.quantize(_TWO_PLACES):
                return value.normalize(), singular, plural
            return None
    return None


def _money_fr(amount: Decimal, currency: str) -> str:
    noun = _FR_NOUNS.get(currency)
    scaled = _scaled(amount, "fr")
    if scaled:
        value, singular, plural = scaled
        text = f"{number(value, 'fr')}{NBSP}{plural if value >= 2 else singular}"
        if noun is None:
            return f"{text}{NBSP}{currency}"
        return f"{text} d’{noun[1]}" if noun[2] else f"{text} de{NBSP}{noun[1]}"
    if noun is None:
        return f"{number(amount, 'fr')}{NBSP}{currency}"
    return f"{number(amount, 'fr')}{NBSP}{noun[1] if amount >= 2 else noun[0]}"


def _money_en(amount: Decimal, currency: str) -> str:
    scaled = _scaled(amount, "en")
    value, word = (scaled[0], f"{NBSP}{scaled[1]}") if scaled else (amount, "")
    text = number(value, "en") + word
    if currency in _EN_SYMBOLS:
        return _EN_SYMBOLS[currency] + text
    if currency in _EN_NOUNS:
        return f"{text}{NBSP}{_EN_NOUNS[currency]}"
    return f"{currency}{NBSP}{text}"


def _money_ko(amount: Decimal, currency: str) -> str:
    whole = int(amount)
    fraction = amount - whole
    parts = []
    for size, unit in _KO_UNITS:
        count, whole = divmod(whole, size)
        if count:
            parts.append(f"{number(count, 'ko')}{unit}")
    if whole or fraction or not parts:
        parts.append(number(whole + fraction, "ko"))
    return NBSP.join(parts) + NBSP + _KO_NOUNS.get(currency, currency)


def money(minor: int, currency: str, lang: str) -> str:
    """An amount stored as minor units, in words and digits of ``lang``."""
    amount = _major(minor, currency)
    sign = "-" if amount < 0 else ""
    writer = {"fr": _money_fr, "ko": _money_ko}.get(_lang(lang), _money_en)
    return sign + writer(abs(amount), currency)


def quantity(text: str, unit: str, lang: str) -> str:
    """A quantity with its unit ("8 000 GPU", "51 %", "1,8 exaflop"); years stay "2027"."""
    value = Decimal(text)
    if unit.strip().casefold() in YEAR_UNITS:  # "Ouverture prévue : 2027", not "2 027 année"
        return number(value, lang, group=False)
    written = number(value, lang)
    if unit == "%":
        return f"{written}{NNBSP}%" if _lang(lang) == "fr" else f"{written}%"
    return f"{written}{NBSP}{unit}"


def figure(fig: Figure, lang: str) -> str:
    """The value of a figure with its qualifier and equivalent ("jusqu’à 2 billions de wons")."""
    if fig.kind == FigureKind.MONEY and fig.amount_minor is not None and fig.currency:
        text = money(fig.amount_minor, fig.currency, lang)
        if fig.equiv_amount_minor is not None and fig.equiv_currency:
            text += f" ({money(fig.equiv_amount_minor, fig.equiv_currency, lang)})"
    else:
        text = quantity(fig.quantity or "0", fig.unit, lang)
    if fig.qualifier != FigureQualifier.EXACT:
        text = _QUALIFIERS[_lang(lang)][str(fig.qualifier)].format(text)
    return text


def figure_line(fig: Figure, lang: str) -> str:
    """A figure with its label: "Capital : 400 milliards de wons" / "Capital: …" / "자본금: …"."""
    value = figure(fig, lang)
    if not fig.label:
        return value
    colon = f"{NBSP}:" if _lang(lang) == "fr" else ":"
    return f"{fig.label}{colon} {value}"
