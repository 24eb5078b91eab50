"""Folding for search: accents and case removed, digit groups joined, Hangul syllables kept."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutier.core.text import fold, fold_with_map


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Échéance", "echeance"),
        ("ÉCHÉANCE", "echeance"),
        ("e\u0301che\u0301ance", "echeance"),  # decomposed accents
        ("Ministère des Sciences et des TIC", "ministere des sciences et des tic"),
        ("Straße", "strasse"),
        ("Œuvre", "œuvre"),
        ("ﬁnance", "finance"),  # ligature
        ("８０００", "8000"),  # full-width digits
        ("8 000", "8000"),
        ("8,000", "8000"),
        ("8.000", "8000"),
        ("8'000", "8000"),
        ("8\u00a0000", "8000"),
        ("8\u202f000", "8000"),
        ("8\u2009000", "8000"),
        ("400 000 000 000 wons", "400000000000 wons"),
        ("1,8 billion", "1,8 billion"),  # a decimal comma is not a digit group
        ("8 0000", "8 0000"),  # four digits after the space: two numbers
        ("2025 000", "2025000"),
        ("page 8 000 GPU", "page 8000 gpu"),
        ("특별위원회", "특별위원회"),  # syllables stay whole (NFKD would split them into jamo)
        ("국가AI컴퓨팅", "국가ai컴퓨팅"),
        ("Choi Sang-mok (최상목)", "choi sang-mok (최상목)"),
        ("500㎾ 3㎓", "500kw 3ghz"),  # squared units decompose to capitals: folded after
        ("㏆", "c∕kg"),
        ("ℂ", "c"),
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold_with_map(text)[0] == folded


def test_fold_of_none_is_empty() -> None:
    assert fold(None) == ""


def test_hangul_is_never_decomposed() -> None:
    syllables = "".join(chr(c) for c in range(0xAC00, 0xD7A4))
    assert fold(syllables) == syllables
    assert fold_with_map(syllables) == (syllables, list(range(len(syllables))))


def test_map_points_at_the_origin() -> None:
    text = "Éch 8 000"
    folded, origin = fold_with_map(text)
    assert folded == "ech 8000"
    assert origin == [0, 1, 2, 3, 4, 6, 7, 8]
    folded, origin = fold_with_map("ﬁ")
    assert (folded, origin) == ("fi", [0, 0])
    folded, origin = fold_with_map("e\u0301t")
    assert (folded, origin) == ("et", [0, 2])


# Text most likely to make the two folds disagree: digits and every separator, combining
# marks, ligatures, case pairs, Hangul syllables and jamo, around arbitrary characters.
TRICKY = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=("Cs",)),
        st.sampled_from(list("0123456789 ,.'\u2019\u00a0\u202f\u2009٣８")),
        st.sampled_from(list("\u0301\u0308\u0327ﬁﬃßẞİıΣσς가힣가ㄱ㉮")),
    ),
    max_size=80,
)


@settings(max_examples=2000)
@given(text=st.text() | TRICKY)
def test_fold_and_fold_with_map_agree(text: str) -> None:
    folded, origin = fold_with_map(text)
    assert fold(text) == folded
    assert len(origin) == len(folded)
    assert origin == sorted(origin)
    assert all(0 <= i < len(text) for i in origin)


@settings(max_examples=1000)
@given(text=st.text() | TRICKY)
def test_fold_has_no_case_no_marks_and_keeps_hangul(text: str) -> None:
    folded = fold(text)
    assert not any(unicodedata.combining(c) for c in folded)
    assert folded.casefold() == folded or any("\uac00" <= c <= "\ud7a3" for c in folded)
    syllables = [c for c in text if "\uac00" <= c <= "\ud7a3"]
    assert [c for c in folded if "\uac00" <= c <= "\ud7a3"][: len(syllables)] == syllables


@settings(max_examples=1000)
@given(text=TRICKY, data=st.data())
def test_a_folded_piece_maps_to_text_that_contains_it(text: str, data: st.DataObject) -> None:
    folded, origin = fold_with_map(text)
    if not folded:
        return
    i = data.draw(st.integers(0, len(folded) - 1))
    j = data.draw(st.integers(i + 1, len(folded)))
    piece = text[origin[i] : origin[j - 1] + 1]
    # folded alone (without the digits around it), a piece may keep a separator it lost in
    # context; every other character folds the same
    strip = {" ", ",", ".", "'", "\u2019", "\u00a0", "\u202f", "\u2009"}
    assert "".join(c for c in folded[i:j] if c not in strip) in "".join(
        c for c in fold(piece) if c not in strip
    )
