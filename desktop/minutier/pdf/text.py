"""User text made safe for reportlab ``Paragraph`` markup, with French typography.

Every string a person typed goes through ``markup`` before it becomes a ``Paragraph``:

1. ``printable``: NFC, line breaks normalised, control and invisible formatting characters
   (C0/C1 controls, zero-width and bidirectional marks, variation selectors, BOM) removed, and
   each character no shipped face draws replaced — by its compatibility decomposition when a
   face has that, by a close glyph for a few (− → -), otherwise by □, so a missing glyph is
   visible rather than silently dropped. Characters no face has: emoji, Hebrew, Arabic and
   other scripts beyond Latin/Greek/Cyrillic/Hangul/CJK, U+2212 (see ``tests/pdf/test_hostile.py``).
2. ``glue`` (every language): a typed space before : ; ? ! % » or after « becomes a no-break
   space, so the mark never hangs alone past the margin. ``french`` (French documents only):
   typographic apostrophe ’ between letters, a no-break space before ":" and a narrow no-break
   space (U+202F) before ; ? ! % » and after «, inserted where missing.
3. ``html.escape(s, quote=False)`` then ``\\n`` → ``<br/>`` — never ``escapeOnce``, which would
   turn a typed ``&eacute;`` into é.

Which face draws a character (Latin or Korean) is decided later, per run (``fonts.korean_runs``).
Right-to-left text is laid out in logical order (reportlab has no bidi here); its letters are
not in the fonts anyway.
"""

from __future__ import annotations

import html
import re
import unicodedata

from minutier.pdf import fonts

NBSP = "\u00a0"
NNBSP = "\u202f"
MISSING = "□"
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\u0085]")
# Controls (but \n), DEL and C1, zero-width and bidi formatting, variation selectors, BOM,
# noncharacters: none of them has a glyph or a meaning on paper.
_INVISIBLE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x84\x86-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\ufffe\uffff"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)
_TAB = "\t"
_CLOSE = {"\u2212": "-", "\u2011": "\u2010", "\u2009": " ", "\u202f": NBSP, "\u2007": NBSP}
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_SPACE_BEFORE = re.compile(r"[ \u00a0]+(?=[:;?!%»])")
_FR_BEFORE_COLON = re.compile(r"[ \u00a0\u202f]+(?=:)")
_FR_BEFORE_THIN = re.compile(r"[ \u00a0\u202f]+(?=[;?!%»])")
_GLUED_BEFORE = re.compile(r"(?<=[^\W\d_])(?=[;?!]+(?:\s|$|»))")
_AFTER_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_SPACED_OPEN = re.compile(r"«[ \u00a0]+")
_BEFORE_CLOSE = re.compile(r"(?<=[^\s\u00a0\u202f])»")
_BLANKS = re.compile(r"[ \n]+")
_HAS_GLUE = re.compile(r"[ \u00a0][:;?!%»]|«").search


def _substitute(ch: str, covered: frozenset[int]) -> str:
    if ch in _CLOSE:
        return _CLOSE[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if base and base != ch and all(ord(c) in covered for c in base):
        return base
    return MISSING


def printable(text: str | None) -> str:
    """``text`` as the PDF can show it (see the module docstring); never raises."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text).replace(_TAB, " "))
    text = _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text))
    drawable = fonts.drawable()
    if drawable.issuperset(text.replace("\n", "")):
        return text
    covered = fonts.coverage()
    return "".join(c if c == "\n" or c in drawable else _substitute(c, covered) for c in text)


def french(text: str) -> str:
    """French spacing and apostrophes on already printable text."""
    text = _APOSTROPHE.sub("\u2019", text)
    text = _FR_BEFORE_COLON.sub(NBSP, text)
    text = _FR_BEFORE_THIN.sub(NNBSP, text)
    text = _GLUED_BEFORE.sub(NNBSP, text)
    text = _AFTER_OPEN.sub("«" + NNBSP, text)
    return _BEFORE_CLOSE.sub(NNBSP + "»", text)


def glue(text: str) -> str:
    """Make typed spaces before : ; ? ! % » and after « unbreakable, in every language.

    reportlab never starts a line with such punctuation, so a breakable space before it lets
    the mark hang past the right margin; whoever typed the space meant it to stay attached.
    """
    if not _HAS_GLUE(text):
        return text
    return _SPACED_OPEN.sub("«" + NBSP, _SPACE_BEFORE.sub(NBSP, text))


# Typed amounts and quantities: "8 000", "400 milliards de wons", "1,8 billion", "51 %", "4,000억 원".
_DIGIT_GROUP = re.compile(r"(?<![\d,.])(\d{1,3})((?: \d{3})+)(?![\d,.]?\d)")
_UNIT_WORDS = (
    "milliards?|millions?|milliers?|billions?|trillions?|thousand|million|billion|trillion|"
    "wons?|dollars?|euros?|yens?|yuans?|livres?|francs?|GPU|GPUs|exaflops?|pétaflops?|"
    "petaflops?|%|KRW|USD|EUR|JPY|CNY|GBP|CHF|조|억|만|원|달러|유로|엔"
)
_BEFORE_UNIT = re.compile(r"(?<=\d) (?=(?:" + _UNIT_WORDS + r")(?![^\W\d_]))")
_AFTER_KO_UNIT = re.compile(r"(?<=\d[조억만]) (?=\d|원|달러|유로|엔)")


def amounts(text: str, lang: str) -> str:
    """No line break inside a typed amount or quantity: the spaces of a digit group (narrow
    no-break in French) and the space before its scale word, unit or currency (no-break)."""
    if not any(c.isdigit() for c in text):
        return text
    group = NNBSP if lang == "fr" else NBSP
    text = _DIGIT_GROUP.sub(lambda m: m.group(1) + m.group(2).replace(" ", group), text)
    text = _BEFORE_UNIT.sub(NBSP, text)
    return _AFTER_KO_UNIT.sub(NBSP, text)


def plain(text: str | None, lang: str) -> str:
    """Printable text with the language's typography, not escaped (canvas strings, outline)."""
    out = amounts(glue(printable(text)), lang)
    return french(out) if lang == "fr" else out


def escape(text: str) -> str:
    """Escape printable text for Paragraph markup; line breaks become ``<br/>``."""
    return html.escape(text, quote=False).replace("\n", "<br/>")


def markup(text: str | None, lang: str) -> str:
    """A user string as Paragraph markup: printable, typeset for ``lang``, escaped."""
    return escape(plain(text, lang))


def one_line(text: str | None, lang: str) -> str:
    """Like ``plain`` but on one line (headers, outline entries, metadata)."""
    return _BLANKS.sub(" ", plain(text, lang)).strip(" ")


def real_line(text: str | None, lang: str) -> str:
    """One line of the text as typed, for PDF metadata and outline entries (viewers draw them).

    Nothing is replaced by □: a viewer sets Title, Subject and bookmarks in its own fonts, which
    draw Arabic or emoji that our faces lack. Invisible characters go, spaces are plain.
    """
    if not text:
        return ""
    value = unicodedata.normalize("NFC", str(text).replace(_TAB, " "))
    value = _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", value))
    value = french(glue(value)) if lang == "fr" else glue(value)
    return _BLANKS.sub(" ", value.replace(NBSP, " ").replace(NNBSP, " ")).strip(" ")


# reportlab breaks lines at U+202F (it is in its list of spaces): a no-break space set smaller
# gives the narrow, unbreakable space French wants ("51 %", "1 234", "« oui »").
_NARROW = f'<font size="-4">{NBSP}</font>'


def typeset(markup: str, *, bold: bool = False) -> str:
    """Final Paragraph markup: narrow no-break spaces that hold, each script run in its face."""
    return fonts.korean_runs(markup.replace(NNBSP, _NARROW), bold=bold)
