"""Hostile text never breaks a PDF and reads back as typed.

Whatever a person typed becomes escaped Paragraph text (``minutier.pdf.text``): markup-like
input (``<b>``, ``<font color=…>``, ``&eacute;``, unclosed tags), quotes, control characters,
emoji, right-to-left text, 10,000-character paragraphs and 2,000-row tables. Read back with
pdftotext, the text equals ``text.printable`` of what was typed: the same characters, except
controls and invisible formatting marks (dropped) and characters no shipped face can draw
(emoji, Hebrew, Arabic… shown as □). Whitespace is compared loosely: line
wrapping is the layout's business.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_readback import squash, text_of

from minutier.core.figures import Figure
from minutier.core.minutes_record import (
    Action,
    ActionGroup,
    ActionsReport,
    AgendaItem,
    Announcement,
    Approval,
    Committee,
    Decision,
    MinutesRecord,
    Note,
    Person,
)
from minutier.pdf import build_minutes, text
from minutier.pdf.reports import build_actions_report

HOSTILE = [
    "<",
    ">",
    "&",
    "&amp;",
    "&eacute;",
    "&#0;",
    "&nbsp;",
    "<b>",
    "</b>",
    "<b>unclosed",
    '<font color="red">',
    "<font color=#ff0000 size=99>",
    "</para>",
    "<para>",
    "<br/>",
    "<img src='x'/>",
    "<a href='javascript:x'>",
    "'",
    '"',
    "\\",
    "%",
    "{0}",
    "{ord}",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\u200b",
    "\u202e",
    "\ufeff",
    "😀",
    "👩‍👩‍👧",
    "🇰🇷",
    "שלום",
    "مرحبا",
    "l'été",
    "« guillemets »",
    "최상목",
    "한국어 텍스트",
    "漢字",
    "ÿ",
    "Œuvre",
]
ALPHABET = st.characters(
    codec="utf-8",
    categories=("Lu", "Ll", "Nd", "Po", "Ps", "Pe", "Sm", "Sc", "Zs", "Cc", "So"),
    max_codepoint=0x1F64F,
)
hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(ALPHABET, max_size=30)), min_size=1, max_size=12
).map("".join)

START, END = "QQSTART", "QQEND"
APPROVED = Approval(1, "2025-03-20", "ab" * 32)  # approved: no diagonal watermark in the text


def record_with(value: str, **extra: object) -> MinutesRecord:
    """A meeting where ``value`` is every kind of user text, the notes marked for reading back."""
    person = Person(value or "x", value)
    item = AgendaItem(
        position=1,
        title=value or "x",
        presenter=person,
        notes=f"{START} {value} {END}",
        timed_notes=(Note(value or "x", "2025-02-16T10:15"),),
        announcements=(
            Announcement(
                value or "x",
                speaker=person,
                figures=(Figure.of_quantity("8000", value.strip() or "GPU", label=value),),
                initiatives=(person,),
            ),
        ),
        decisions=(Decision(1, value or "x", initiatives=(person,)),),
        actions=(Action(1, value or "x", owner=person, due_on="2025-03-31"),),
    )
    base = MinutesRecord(
        committee=Committee("Host committee", "HOST", native_name=value, parent_name=value),
        number=1,
        starts_at="2025-02-16T10:00",
        language="en",
        title=value,
        place=value,
        chair=person,
        agenda=(item,),
        approval=APPROVED,
    )
    return dataclasses.replace(base, **extra)


_FURNITURE = re.compile(r"^(HOST — .*|page \d+ / \d+|Approved on .*|1st meeting — .*)$")


def body_text(pdf: bytes) -> str:
    """pdftotext output without the running header and footer lines."""
    lines = text_of(pdf).replace("\f", "\n").splitlines()
    return "\n".join(line for line in lines if not _FURNITURE.match(line.strip()))


def marked(pdf: bytes) -> str:
    flat = squash(body_text(pdf))
    start = flat.index(START) + len(START)
    return flat[start : flat.index(END, start)]


def in_order(needle: str, hay: str) -> bool:
    """Whether ``needle`` appears in ``hay`` character by character, other text in between."""
    rest = iter(hay)
    return all(c in rest for c in needle)


def test_markup_like_text_is_printed_not_obeyed() -> None:
    value = '<b>unclosed <font color="red">R&D & co &eacute; </para>'
    pdf = build_minutes(record_with(value))
    assert marked(pdf) == squash(value)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_any_text_builds_and_reads_back(value: str) -> None:
    pdf = build_minutes(record_with(value))
    assert marked(pdf) == squash(text.printable(value))


@pytest.mark.parametrize("lang", ["fr", "ko"])
def test_other_layouts_take_hostile_text_too(lang: str) -> None:
    value = "".join(HOSTILE)
    pdf = build_minutes(record_with(value, language=lang))
    expected = squash(text.plain(value, lang))
    assert marked(pdf) == expected


@pytest.mark.parametrize(
    "value",
    [
        " ".join(f"mot{i} 단어{i}" for i in range(1_100))[:10_000],  # 10,000 characters of words
        "x" * 10_000,  # one unbroken 10,000-character word
        "가" * 10_000,  # Hangul without spaces
    ],
    ids=["words", "one-word", "hangul"],
)
def test_ten_thousand_character_paragraphs(value: str) -> None:
    record = record_with("short")
    item = dataclasses.replace(record.agenda[0], notes=f"{START} {value} {END}")
    pdf = build_minutes(dataclasses.replace(record, agenda=(item,)))
    assert marked(pdf) == squash(value)


def test_a_ten_thousand_character_action_splits_inside_its_table_row() -> None:
    long = " ".join(f"étape{i}" for i in range(1_500))
    record = record_with("short")
    item = dataclasses.replace(record.agenda[0], actions=(Action(1, long, due_on="2025-03-31"),))
    pdf = build_minutes(dataclasses.replace(record, agenda=(item,)))
    body = squash(body_text(pdf))
    assert body.count("étape") == 2 * 1_500  # in its item's table and in the summary
    # A row taller than a page is split inside the row; the header row repeats between the
    # parts and the narrow cells sit beside it, so the text reads back in order, interleaved.
    first = body.index("étape0")
    assert in_order(squash(long), body[first:])


@pytest.mark.slow
def test_two_thousand_row_action_table() -> None:
    owner = Person("Ministère <des> Sciences & TIC", "과학기술정보통신부")
    actions = tuple(
        Action(
            i,
            f"{HOSTILE[i % len(HOSTILE)]} action {i} <i>",
            owner=owner,
            due_on="2025-03-31",
            overdue=i % 3 == 0,
            meeting="HOST/1",
        )
        for i in range(1, 2_001)
    )
    report = ActionsReport(today="2025-04-01", language="en", groups=(ActionGroup(owner, actions),))
    pdf = build_actions_report(report)
    flat = squash(text_of(pdf))
    for i in (1, 999, 2_000):
        assert squash(text.printable(f"action {i} <i>")) in flat
    assert flat.count("overdue") >= 666
