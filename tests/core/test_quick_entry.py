"""Live-mode lines: prefixes, owners matched by name, due dates taken out of the text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutier.core.errors import Ambiguous, MinutierError, ValidationError
from minutier.core.quick_entry import (
    EMPTY_LINE,
    NO_OWNER_NAME,
    NOTHING_AFTER_PREFIX,
    UNKNOWN_OWNER,
    EntryKind,
    KnownName,
    OwnerIndex,
    format_line,
    parse_line,
)

TODAY = dt.date(2025, 2, 16)
MSIT = KnownName("Ministère des Sciences et des TIC", "organisation", 3)
OWNERS = OwnerIndex(
    [
        ("Ministère des Sciences", "organisation", 9),  # a shorter name the longer one contains
        MSIT,
        ("MSIT", "organisation", 3),
        ("과학기술정보통신부", "organisation", 3),
        ("Ministère des Finances", "organisation", 2),
        ("Choi Sang Mok", "person", 1),
        ("최상목", "person", 1),
    ]
)


def parse(line: str):
    return parse_line(line, owners=OWNERS, today=TODAY)


def test_the_issue_example_finds_owner_text_and_due_date() -> None:
    line = "A: @Ministère des Sciences et des TIC envoyer le plan interministériel d'ici fin mars"
    parsed = parse(line)
    assert parsed.kind == EntryKind.ACTION
    assert parsed.owner == MSIT  # the longest known name, not "Ministère des Sciences"
    assert parsed.text == "envoyer le plan interministériel"
    assert parsed.due == dt.date(2025, 3, 31)


@pytest.mark.parametrize(
    ("line", "kind", "text"),
    [
        ("Le président ouvre la séance.", EntryKind.NOTE, "Le président ouvre la séance."),
        ("D: adopter le budget", EntryKind.DECISION, "adopter le budget"),
        ("d: adopter le budget", EntryKind.DECISION, "adopter le budget"),
        ("D : adopter le budget", EntryKind.DECISION, "adopter le budget"),  # French spacing
        ("D：adopter le budget", EntryKind.DECISION, "adopter le budget"),  # full-width colon
        ("  n:   le budget augmente  ", EntryKind.ANNOUNCEMENT, "le budget augmente"),
        ("결정: 예산 승인", EntryKind.DECISION, "예산 승인"),
        ("D'accord sur le principe", EntryKind.NOTE, "D'accord sur le principe"),
        ("Décision: reportée", EntryKind.NOTE, "Décision: reportée"),
    ],
)
def test_prefixes(line: str, kind: EntryKind, text: str) -> None:
    parsed = parse(line)
    assert (parsed.kind, parsed.text) == (kind, text)


@pytest.mark.parametrize(
    "line",
    [
        "a: @ministere des sciences et des tic envoyer le plan",
        "A: @MINISTERE DES SCIENCES ET DES TIC envoyer le plan",
        "A: @MSIT envoyer le plan",
        "A: @msit envoyer le plan",
        "A: @과학기술정보통신부 envoyer le plan",
        "A：＠MSIT envoyer le plan",
    ],
)
def test_owner_matches_without_regard_to_accents_case_or_which_name(line: str) -> None:
    parsed = parse(line)
    assert (parsed.owner.kind, parsed.owner.id) == ("organisation", 3)
    assert parsed.text == "envoyer le plan"


@pytest.mark.parametrize(
    ("line", "text", "due"),
    [
        ("A: @MSIT envoyer le plan d'ici fin mars", "envoyer le plan", "2025-03-31"),
        ("A: @MSIT envoyer le plan d’ici fin mars.", "envoyer le plan", "2025-03-31"),
        ("A: @MSIT envoyer le plan avant le 31/03", "envoyer le plan", "2025-03-31"),
        ("A: @MSIT envoyer le plan pour le 15 mars", "envoyer le plan", "2025-03-15"),
        ("A: @MSIT send the plan by next Friday", "send the plan", "2025-02-21"),
        ("A: @MSIT send the plan before 2025-04-30", "send the plan", "2025-04-30"),
        ("A: @MSIT send the plan due end of March", "send the plan", "2025-03-31"),
        ("A: @MSIT relancer dans 2 semaines", "relancer", "2025-03-02"),
        ("A: @MSIT follow up in ten days", "follow up", "2025-02-26"),
        ("A: @MSIT meet in Seoul", "meet in Seoul", None),
        ("A: @MSIT d'ici fin mars, envoyer le plan", "envoyer le plan", "2025-03-31"),
        (
            "A: @MSIT envoyer d'ici fin mars le plan au ministre",
            "envoyer le plan au ministre",
            "2025-03-31",
        ),
        ("A: @과학기술정보통신부 다음 주 금요일까지 보고서 제출", "보고서 제출", "2025-02-21"),
        ("조치: @최상목 보고서 제출 3월 말까지", "보고서 제출", "2025-03-31"),
        ("A: @MSIT préparer une note pour le ministre", "préparer une note pour le ministre", None),
        ("A: pay the fees due to the agency", "pay the fees due to the agency", None),
        ("A: envoyer le plan", "envoyer le plan", None),
    ],
)
def test_due_date_is_the_phrase_after_a_marker(line: str, text: str, due: str | None) -> None:
    parsed = parse(line)
    assert parsed.text == text
    assert parsed.due == (dt.date.fromisoformat(due) if due else None)


def test_due_date_is_only_read_for_actions() -> None:
    parsed = parse("D: publier le rapport d'ici fin mars")
    assert parsed.text == "publier le rapport d'ici fin mars"
    assert parsed.due is None


def test_announcement_may_name_who_made_it() -> None:
    parsed = parse("N: @Choi Sang Mok la Corée achètera 8 000 GPU")
    assert parsed.kind == EntryKind.ANNOUNCEMENT
    assert parsed.owner == KnownName("Choi Sang Mok", "person", 1)
    assert parsed.text == "la Corée achètera 8 000 GPU"


def test_at_sign_in_a_note_or_decision_is_text() -> None:
    assert parse("écrire à info@msit.go.kr").text == "écrire à info@msit.go.kr"
    assert parse("D: @MSIT pilote").text == "@MSIT pilote"


def test_unknown_owner_is_refused_and_named() -> None:
    with pytest.raises(ValidationError) as caught:
        parse("A: @Ministere des Sciencs envoyer le plan d'ici fin mars")
    assert caught.value.field == "owner"
    assert caught.value.reason == UNKNOWN_OWNER
    assert "@Ministere des Sciencs" in str(caught.value)


def test_a_name_is_not_matched_inside_a_longer_word() -> None:
    with pytest.raises(ValidationError, match="MSITE"):
        parse("A: @MSITE envoyer le plan")


def test_nothing_after_the_at_sign() -> None:
    with pytest.raises(ValidationError) as caught:
        parse("A: @ envoyer le plan")
    assert caught.value.reason == NO_OWNER_NAME


def test_two_records_with_the_same_name_are_ambiguous() -> None:
    owners = OwnerIndex([("Kim Min-jun", "person", 1), ("Kim Min-jun", "person", 2)])
    with pytest.raises(Ambiguous):
        parse_line("A: @Kim Min-jun appeler", owners=owners, today=TODAY)


def test_bad_due_date_after_d_ici_is_an_error_in_words() -> None:
    with pytest.raises(ValidationError) as caught:
        parse("A: @MSIT envoyer le plan d'ici fin mras")
    assert caught.value.field == "due date"
    assert "fin mras" in str(caught.value)


def test_impossible_day_is_an_error() -> None:
    with pytest.raises(ValidationError, match="31/02/2025"):
        parse("A: @MSIT envoyer le plan d'ici le 31/02/2025")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("", EMPTY_LINE),
        ("   ", EMPTY_LINE),
        ("A:", NOTHING_AFTER_PREFIX),
        ("D :  ", NOTHING_AFTER_PREFIX),
    ],
)
def test_empty_lines_are_refused(line: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse(line)
    assert caught.value.reason == reason


def test_action_with_only_owner_and_date_is_refused() -> None:
    with pytest.raises(ValidationError, match="nothing is left"):
        parse("A: @MSIT d'ici fin mars")


@pytest.mark.parametrize(
    ("kind", "text", "owner", "due"),
    [
        (EntryKind.NOTE, "Ouverture de la séance", None, None),
        (EntryKind.DECISION, "Adopter le budget", None, None),
        (EntryKind.ACTION, "envoyer le plan", MSIT, dt.date(2025, 3, 31)),
        (EntryKind.ACTION, "envoyer le plan", None, None),
        (EntryKind.ANNOUNCEMENT, "8 000 GPU", KnownName("Choi Sang Mok", "person", 1), None),
    ],
)
def test_format_line_reads_back_to_the_same_entry(kind, text, owner, due) -> None:
    line = format_line(kind, text, owner=owner.name if owner else None, due=due)
    parsed = parse(line)
    assert (parsed.kind, parsed.text, parsed.owner, parsed.due) == (kind, text, owner, due)


_alphabet = st.sampled_from(
    [*"aeéèAZ @:：DdAaNn'’ -,.0123456789", "d'ici ", "fin mars", "까지", "\n", "\t", "MSIT", "＠"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_alphabet, max_size=30).map("".join))
def test_any_line_gives_an_entry_or_a_minutier_error(line: str) -> None:
    try:
        parsed = parse(line)
    except MinutierError:
        return
    assert parsed.text.strip() == parsed.text and parsed.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_line_gives_an_entry_or_a_minutier_error(line: str) -> None:
    for prefixed in (line, "A: " + line, "A: @" + line, "N: @" + line):
        try:
            parse(prefixed)
        except MinutierError:
            pass


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40))
def test_owner_names_of_any_script_match_themselves(name: str) -> None:
    name = " ".join(name.split())
    owners = OwnerIndex([(name, "person", 7)])
    try:
        parsed = parse_line(f"A: @{name} faire le point", owners=owners, today=TODAY)
    except MinutierError:
        return
    assert parsed.owner is not None and parsed.owner.id == 7
