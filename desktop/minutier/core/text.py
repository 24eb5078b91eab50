"""Folding text for search: accents, case and digit grouping removed, Hangul kept whole.

The same ``fold`` runs inside SQLite (registered as ``mz_fold``, called by the triggers that
fill the search index) and on the user's query, so "echeance" finds "échéance" and "8000"
finds "8 000" and "8,000". Typography folds like the keyboard: dashes (U+2010-2015, U+2212) to
"-", curly quotes to ' and ", and invisible characters (zero-width space and joiners, soft
hyphen, BOM) vanish, so "zero-largeur" finds "zéro‑largeur" and "O'Brien" finds "O’Brien".
``fold_with_map`` gives the same text plus, for each folded
character, the index of the character it came from, to highlight matches in the original.
"""

from __future__ import annotations

import re
import unicodedata

# A digit-group separator: space, no-break spaces, comma, dot or apostrophe between a digit and
# exactly three more digits ("8 000", "8,000", "400 000 000 000", "1'000").
_DIGIT_GROUP_SEPARATOR = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009,.'\u2019](?=\d{3}(?!\d))")
_HANGUL_SYLLABLES = re.compile(r"[\uac00-\ud7a3]+")
_TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-"),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u2032\uff07", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\uff02", '"'),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", None),
    }
)


def _fold_piece(piece: str) -> str:
    """Case-fold, decompose and drop combining marks (of a text holding no Hangul syllable)."""
    piece = piece.translate(_TYPOGRAPHY)
    if piece.isascii():
        return piece.lower()
    # NFKD(casefold(NFKD(x))), Unicode's compatibility caseless form: decomposing first makes
    # "㎒" (→ "MHz") and "℃" fold like the letters typed for them ("mhz", "°c").
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", piece).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str | None) -> str:
    """Return the search form of ``text`` (``None`` folds to the empty string)."""
    if not text:
        return ""
    text = _DIGIT_GROUP_SEPARATOR.sub("", text)
    if text.isascii():
        return text.lower()
    # Hangul syllables would decompose into jamo under NFKD: keep them as they are.
    out: list[str] = []
    pos = 0
    for m in _HANGUL_SYLLABLES.finditer(text):
        out.append(_fold_piece(text[pos : m.start()]))
        out.append(m.group())
        pos = m.end()
    out.append(_fold_piece(text[pos:]))
    return "".join(out)


class _FoldTable(dict):
    """``str.translate`` table folding one character at a time, filled as characters appear."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        folded = c if _HANGUL_SYLLABLES.fullmatch(c) else _fold_piece(c)
        self[code] = folded
        if len(folded) != 1:
            _IRREGULAR.add(c)
        return folded


_FOLD_TABLE = _FoldTable()
_IRREGULAR: set[str] = set()  # characters folding to none or several ("ß", a combining mark)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` one character at a time; return the folded text and its origin indexes."""
    dropped = {m.start() for m in _DIGIT_GROUP_SEPARATOR.finditer(text)}
    if dropped:
        kept = [i for i in range(len(text)) if i not in dropped]
        kept_text = _DIGIT_GROUP_SEPARATOR.sub("", text)
    else:
        kept, kept_text = list(range(len(text))), text
    if text.isascii():  # the common case: one character in, one out
        return kept_text.lower(), kept
    folded = kept_text.translate(_FOLD_TABLE)  # (fills the table, and _IRREGULAR, first)
    if _IRREGULAR.isdisjoint(kept_text):  # one in, one out: folded at C speed
        return folded, kept
    chars: list[str] = []
    origin: list[int] = []
    for i in kept:
        piece = _FOLD_TABLE[ord(text[i])]
        chars.append(piece)
        origin.extend([i] * len(piece))
    return "".join(chars), origin
