"""Field specs and ``clean``: every refusal a ValidationError naming the field and the text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutier.core import fields
from minutier.core.errors import ValidationError

TODAY = dt.date(2025, 2, 20)


def clean(table: str, values: dict, **kw) -> dict:  # type: ignore[no-untyped-def]
    return fields.clean(table, values, today=TODAY, **kw)


def refusal(table: str, values: dict, **kw) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as e:
        clean(table, values, **kw)
    text = str(e.value)
    assert text.endswith(".") and "Traceback" not in text
    return e.value


def test_required_fields() -> None:
    e = refusal("person", {})
    assert e.field == "name" and e.reason == "this field is required"
    assert refusal("person", {"name": "   "}).field == "name"
    assert refusal("committee", {"name": "C"}).field == "short code"
    assert clean("person", {"email": "a@b.kr"}, partial=True) == {"email": "a@b.kr"}
    # an optional empty value is stored empty (text) or NULL (others)
    assert clean("person", {"name": "Choi", "email": " ", "notes": ""}) == {
        "name": "Choi",
        "email": "",
        "notes": "",
    }
    assert clean("meeting", {"ends_at": ""}, partial=True) == {"ends_at": None}


def test_unknown_field_is_refused() -> None:
    e = refusal("person", {"name": "Choi", "age": 70})
    assert e.field == "age" and "not a field of person" in e.reason


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\x0b", "\x0c"])
def test_control_characters_are_refused(control: str) -> None:
    assert "control" in refusal("person", {"name": "Choi", "notes": f"a{control}b"}).reason
    if control in "\x0b\x0c":  # vertical tab and form feed are spaces to a one-line field
        assert clean("person", {"name": f"Choi{control}Sang"})["name"] == "Choi Sang"
    else:
        assert "control" in refusal("person", {"name": f"Choi{control}"}).reason


C1_AND_BIDI = ["\x80", "\x9b", "\x9f", *"\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]


@pytest.mark.parametrize("control", C1_AND_BIDI)
def test_c1_controls_and_bidirectional_overrides_are_refused(control: str) -> None:
    """CSI (U+009B) drives a terminal like ESC [; an override shows text in another order."""
    for table, values in (
        ("person", {"name": "Choi", "notes": f"a{control}b"}),
        ("person", {"name": f"Choi{control}Sang"}),
        ("person", {"name": "Choi", "email": f"a{control}@b.kr"}),
        ("meeting", {"title": f"{control}[31mrouge"}),
    ):
        e = refusal(table, values, partial=True)
        assert "control" in e.reason
        assert control not in str(e)  # the sentence quotes it as a visible escape


def test_line_breaks_and_tabs() -> None:
    out = clean("person", {"name": " Choi\tSang\n mok ", "notes": "\n ligne 1\n\tligne 2 \n"})
    assert out["name"] == "Choi Sang mok"  # a line keeps one space between words
    assert out["notes"] == "ligne 1\n\tligne 2"  # a text keeps its lines and inner spaces


def test_line_and_text_limits() -> None:
    assert clean("person", {"name": "é" * fields.MAX_LINE})["name"] == "é" * 1000
    e = refusal("person", {"name": "é" * (fields.MAX_LINE + 1)})
    assert "1,000" in e.reason
    assert len(e.params["text"]) <= 80  # the quote of the text is shortened
    assert clean("person", {"name": "x", "notes": "가" * fields.MAX_TEXT})["notes"]
    assert "200,000" in refusal("person", {"name": "x", "notes": "가" * 200_001}).reason


def test_choice_errors_list_the_choices() -> None:
    e = refusal("action", {"status": "finished"}, partial=True)
    assert e.reason == "choose one of: open, in_progress, done, cancelled, blocked"
    assert e.field == "status"
    assert clean("action", {"status": " done "}, partial=True) == {"status": "done"}


@pytest.mark.parametrize("email", ["choi@korea.kr", "a.b+c@x.co.kr", "최@예.한국"])
def test_valid_emails(email: str) -> None:
    assert clean("person", {"name": "x", "email": email})["email"] == email


@pytest.mark.parametrize(
    "email",
    ["choi", "choi@", "@korea.kr", "choi@korea", "a b@c.d", "a@b@c.d", "x@" + "y" * 260 + ".kr"],
)
def test_invalid_emails(email: str) -> None:
    assert (
        refusal("person", {"name": "x", "email": email}).reason == "this is not an e-mail address"
    )


@pytest.mark.parametrize("code", ["CSIIA", "cnia", "A", "a.b-c_d", "X" * 32, "2025"])
def test_valid_codes(code: str) -> None:
    assert clean("committee", {"name": "C", "code": code})["code"] == code


@pytest.mark.parametrize("code", ["A B", "A/B", "-A", ".A", "X" * 33, "comité", "위원회"])
def test_invalid_codes(code: str) -> None:
    e = refusal("committee", {"name": "C", "code": code})
    assert e.field == "short code" and "1 to 32" in e.reason


@pytest.mark.parametrize(
    ("value", "stored"),
    [("12", 12), (12, 12), (" 7 ", 7), (0, 0), (2**53, 2**53), ("１２", 12), ("١٢", 12)],
)
def test_whole_numbers(value: object, stored: int) -> None:
    assert clean("decision", {"votes_for": value}, partial=True) == {"votes_for": stored}


@pytest.mark.parametrize(
    "value", ["-1", -1, "1.5", 1.5, True, "douze", 2**53 + 1, [1], "²", "¹2", "1e3"]
)
def test_whole_numbers_refused(value: object) -> None:
    assert refusal("decision", {"votes_for": value}, partial=True).field == "votes for"


def test_reference_zero_is_refused() -> None:
    assert refusal("action", {"committee_id": 0}, partial=True).field == "committee"


def test_non_text_in_a_text_field_is_refused() -> None:
    assert refusal("person", {"name": 42}).reason == "this must be text"


def test_dates_through_clean() -> None:
    pytest.importorskip("minutier.core.dates")
    assert clean("action", {"due_on": "fin mars"}, partial=True) == {"due_on": "2025-03-31"}
    assert clean("action", {"due_on": dt.date(2025, 3, 1)}, partial=True) == {
        "due_on": "2025-03-01"
    }
    assert clean("meeting", {"starts_at": "16/02/2025 10:00"}, partial=True) == {
        "starts_at": "2025-02-16T10:00"
    }
    assert clean("committee", {"founded_on": "septembre 2023"}, partial=True) == {
        "founded_on": "2023-09"
    }
    assert clean("committee", {"timezone": "Asia/Seoul"}, partial=True) == {
        "timezone": "Asia/Seoul"
    }
    e = refusal("action", {"due_on": "quand on pourra"}, partial=True)
    assert e.field == "due date" and "quand on pourra" in str(e)
    assert refusal("committee", {"timezone": "Mars/Olympus"}, partial=True).field == "time zone"


def test_spec_lookup() -> None:
    assert fields.spec("action", "due_on").kind == "date"
    with pytest.raises(KeyError):
        fields.spec("action", "nothing")


def test_every_spec_names_real_columns(store) -> None:  # type: ignore[no-untyped-def]
    for table, specs in fields.SPECS.items():
        columns = {r[1]: r for r in store.conn.execute(f"PRAGMA table_info({table})")}
        for f in specs:
            assert f.name in columns, (table, f.name)
            if f.kind == "ref":
                targets = {
                    r[3]: r[2] for r in store.conn.execute(f"PRAGMA foreign_key_list({table})")
                }
                assert targets.get(f.name) == f.ref, (table, f.name)
            if f.required:  # a required field is a NOT NULL column
                assert columns[f.name][3] == 1, (table, f.name)


# -- properties: whatever is typed, clean answers with a value or a ValidationError ---------

ANY_TEXT = st.text(max_size=1200) | st.text(
    alphabet=st.characters(codec=None, categories=None) | st.sampled_from("\ud800\udfff\x00\n"),
    max_size=50,
)
ANY_VALUE = st.one_of(
    ANY_TEXT,
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.booleans(),
    st.none(),
    st.dates(),
    st.lists(st.integers(), max_size=2),
)
ALL_FIELDS = [(table, f) for table, specs in fields.SPECS.items() for f in specs]


@settings(max_examples=1500, deadline=None)
@given(target=st.sampled_from(ALL_FIELDS), value=ANY_VALUE)
def test_any_value_in_any_field_is_cleaned_or_refused(target, value) -> None:  # type: ignore[no-untyped-def]
    _, f = target
    try:
        out = fields.clean_value(f, value, today=TODAY)
    except ValidationError as e:
        assert str(e).endswith(".")
        str(e).encode("utf-8")  # printable, even when the input held a lone surrogate
        return
    assert out is None or isinstance(out, str | int)
    if isinstance(out, str):
        out.encode("utf-8")  # SQLite can store it


TEXT_FIELDS = [(t, f) for t, f in ALL_FIELDS if f.kind in ("line", "text")]


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(target=st.sampled_from(TEXT_FIELDS), value=ANY_TEXT)
def test_text_fields_keep_what_they_accept(target, value) -> None:  # type: ignore[no-untyped-def]
    _, f = target
    try:
        out = fields.clean_value(f, value, today=TODAY)
    except ValidationError:
        return
    limit = fields.MAX_LINE if f.kind == "line" else fields.MAX_TEXT
    assert len(out) <= limit
    assert not any(c in out for c in "\x00\x07\x7f")
    if f.kind == "line":
        assert "\n" not in out and out == out.strip()
