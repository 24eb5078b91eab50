"""A live line with an unknown @owner kept with the owner to resolve: nothing typed is lost."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutier.core.errors import ValidationError
from minutier.services import owner_later
from minutier.services.demo import build_demo
from minutier.store import queries
from minutier.store.connection import open_store

MEETING = 1


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    s = open_store(build_demo(tmp_path_factory.mktemp("demo") / "demo.minutier"), who="test")
    yield s
    s.close()


def test_an_announcement_keeps_the_name_in_its_text(store) -> None:  # type: ignore[no-untyped-def]
    recorded = owner_later.record_line_owner_later(
        store, MEETING, None, "N: @Banque de Corée publiera les chiffres", name="Banque de Corée"
    )
    assert recorded.table == "announcement"
    row = store.query_one("SELECT * FROM announcement WHERE id = ?", (recorded.id,))
    assert "Banque de Corée" in row["text"] and "@" not in row["text"]


def test_a_name_not_in_the_line_saves_nothing(store) -> None:  # type: ignore[no-untyped-def]
    last = store.scalar("SELECT max(op) FROM history")
    with pytest.raises(ValidationError):
        owner_later.record_line_owner_later(store, MEETING, None, "A: @X faire", name="Y")
    assert store.scalar("SELECT max(op) FROM history") == last


NAME_WORD = st.text(alphabet=string.ascii_letters + "éÉ한국은행'<&\"", min_size=1, max_size=8)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(NAME_WORD.filter(lambda w: w.strip() and "@" not in w), min_size=1, max_size=3),
    text=st.text(alphabet=string.ascii_lowercase + ' 한<&"', min_size=1, max_size=30).filter(
        lambda t: t.strip()
    ),
)
def test_every_typed_character_is_kept(store, words: list[str], text: str) -> None:  # type: ignore[no-untyped-def]
    name = " ".join(words)
    line = f"A: @{name} {text}"
    try:
        recorded = owner_later.record_line_owner_later(store, MEETING, None, line, name=name)
    except ValidationError:
        return  # a line the live grammar refuses for another reason: nothing saved, box kept
    action = store.query_one("SELECT * FROM action WHERE id = ?", (recorded.id,))
    note = store.scalar(
        "SELECT text FROM action_note WHERE action_id = ? ORDER BY id DESC LIMIT 1", (action["id"],)
    )
    assert note == queries.OWNER_TO_RESOLVE_MARK + name
    if action["due_on"] is None:  # no date phrase read out of the text: every word is there
        assert action["text"].split() == text.split()
