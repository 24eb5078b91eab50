"""An unknown @owner in live mode: created with the line in one step, undone in one step."""

from __future__ import annotations

import pytest

from minutier.core.errors import ValidationError
from minutier.services import history, live
from minutier.services.demo import build_demo
from minutier.store.connection import open_store

LINE = "A: @Ministère de l'Intérieur envoyer le plan d'ici fin mars"


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    s = open_store(build_demo(tmp_path / "demo.minutier"), who="test")
    yield s
    s.close()


def test_the_unknown_owner_is_refused_as_unknown(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        live.record_line(store, 1, None, LINE)
    assert live.unknown_owner(refused.value)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (LINE, "Ministère de l'Intérieur"),
        ("A: @Bank of Korea publish the rates by Friday", "Bank of Korea"),
        ("N: @행정안전부 발표", "행정안전부"),
        ("A: @Kim Min-jun call back", "Kim Min-jun"),
        ("A: no owner", ""),
    ],
)
def test_the_name_is_guessed_from_the_line(line: str, name: str) -> None:
    assert live.guess_owner_name(line) == name


def test_owner_and_line_are_one_operation_and_one_undo(store) -> None:  # type: ignore[no-untyped-def]
    orgs = store.scalar("SELECT count(*) FROM organisation")
    before = history.last_op(store) if hasattr(history, "last_op") else None
    entry = live.record_line_with_new_owner(
        store, 1, None, LINE, name="Ministère de l'Intérieur", kind="organisation"
    )
    assert entry.table == "action" and entry.text == "envoyer le plan"
    assert entry.owner == "Ministère de l'Intérieur" and entry.due_on == "2025-03-31"
    assert store.scalar("SELECT count(*) FROM organisation") == orgs + 1
    ops = store.query("SELECT DISTINCT op, label FROM history WHERE op > ?", (before or 0,))
    assert len(ops) == 1 and ops[0]["label"] == "Record line and new organisation"
    history.revert(store, ops[0]["op"], label="Undo")
    assert store.scalar("SELECT count(*) FROM organisation") == orgs
    assert store.scalar("SELECT count(*) FROM action WHERE text = 'envoyer le plan'") == 0


def test_a_name_that_is_not_in_the_line_saves_nothing(store) -> None:  # type: ignore[no-untyped-def]
    people = store.scalar("SELECT count(*) FROM person")
    with pytest.raises(ValidationError) as refused:
        live.record_line_with_new_owner(store, 1, None, LINE, name="Park Ji-sung", kind="person")
    assert refused.value.reason in (
        live.NAME_NOT_IN_LINE,
        "no person or organisation of the register has this name",
    )
    assert store.scalar("SELECT count(*) FROM person") == people
