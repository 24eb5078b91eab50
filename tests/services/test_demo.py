"""The demo register holds the seed article's meeting, with every figure structured."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from minutier.core.figures import Figure, from_minor_units
from minutier.services.demo import build_demo
from minutier.store.connection import open_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    path = build_demo(tmp_path_factory.mktemp("demo") / "demo.minutier")
    store = open_store(path)
    yield store
    store.close()


def test_is_byte_identical_on_every_build(tmp_path: Path) -> None:
    a = build_demo(tmp_path / "a.minutier").read_bytes()
    b = build_demo(tmp_path / "b.minutier").read_bytes()
    assert a == b


def test_refuses_to_overwrite(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "a.minutier")
    with pytest.raises(Exception, match="already exists"):
        build_demo(path)


def test_committees_and_people(demo) -> None:
    cnia, csiia = (
        demo.query_one("SELECT * FROM committee WHERE code = ?", (code,))
        for code in ("CNIA", "CSIIA")
    )
    assert cnia["founded_on"] == "2023-09"
    assert csiia["parent_id"] == cnia["id"]
    assert csiia["language"] == "fr" and csiia["timezone"] == "Asia/Seoul"
    choi = demo.query_one("SELECT * FROM person WHERE native_name = '최상목'")
    assert choi["name"] == "Choi Sang Mok"
    roles = demo.query(
        "SELECT r.title, o.native_name FROM person_role r JOIN organisation o "
        "ON o.id = r.organisation_id WHERE r.person_id = ? ORDER BY r.id",
        (choi["id"],),
    )
    assert [r["title"] for r in roles] == ["Président par intérim", "Ministre des Finances"]
    assert roles[1]["native_name"] == "기획재정부"


def test_the_third_meeting(demo) -> None:
    m = demo.query_one(
        "SELECT m.*, p.name AS chair, q.name AS convener FROM meeting m "
        "JOIN person p ON p.id = m.chair_id JOIN person q ON q.id = m.convener_id"
    )
    assert (m["number"], m["starts_at"], m["timezone"]) == (3, "2025-02-16T10:00", "Asia/Seoul")
    assert m["chair"] == m["convener"] == "Choi Sang Mok"
    source = demo.query_one("SELECT * FROM source WHERE id = ?", (m["source_id"],))
    assert "Korea Herald" in source["publisher"]
    assert demo.scalar("SELECT count(*) FROM agenda_item WHERE meeting_id = ?", (m["id"],)) == 5
    assert demo.scalar("SELECT count(*) FROM attendance WHERE meeting_id = ?", (m["id"],)) == 1


def _all_figures(demo) -> list[Figure]:
    return [Figure.from_row(r) for r in demo.query("SELECT * FROM figure")]


def test_every_figure_of_the_article_is_structured(demo) -> None:
    figures = _all_figures(demo)
    quantities = {(f.quantity, f.unit) for f in figures if f.kind == "quantity"}
    assert {
        ("8000", "GPU"),
        ("1", "exaflop"),
        ("51", "%"),
        ("49", "%"),
        ("25", "%"),
        ("2027", "année"),
    } <= quantities
    money = {
        (from_minor_units(f.amount_minor, f.currency), f.currency, f.qualifier)
        for f in figures
        if f.kind == "money"
    }
    assert (Decimal(400_000_000_000), "KRW", "exact") in money
    assert (Decimal(2_000_000_000_000), "KRW", "up_to") in money
    assert (Decimal(1_800_000_000_000), "KRW", "exact") in money
    capital = next(f for f in figures if f.kind == "money" and f.equiv_currency == "USD")
    assert from_minor_units(capital.equiv_amount_minor, "USD") == Decimal(277_000_000)
    assert isinstance(capital.amount_minor, int)


def test_decisions_feed_initiatives_and_actions_follow(demo) -> None:
    links = demo.query(
        "SELECT d.number, group_concat(i.code, ',') AS codes FROM decision d "
        "JOIN decision_initiative x ON x.decision_id = d.id "
        "JOIN initiative i ON i.id = x.initiative_id GROUP BY d.id ORDER BY d.number"
    )
    assert len(links) == 5
    assert set(links[-1]["codes"].split(",")) == {"CNCIA", "SC6", "BIA25", "PIIA"}
    actions = demo.query(
        "SELECT a.text, a.due_on, coalesce(p.name, o.name) AS owner FROM action a "
        "LEFT JOIN person p ON p.id = a.owner_person_id "
        "LEFT JOIN organisation o ON o.id = a.owner_organisation_id ORDER BY a.number"
    )
    assert len(actions) == 4 and all(a["owner"] and a["due_on"] for a in actions)
    texts = " ".join(a["text"] for a in actions)
    for words in ("plan interministériel", "8 000 GPU", "société spéciale", "point d'avancement"):
        assert words in texts
    centre = demo.query_one("SELECT * FROM initiative WHERE code = 'CNCIA'")
    assert centre["target_on"] == "2027"


def test_history_records_each_step(demo) -> None:
    ops = demo.scalar("SELECT count(DISTINCT op) FROM history")
    assert ops > 30
    assert demo.scalar("SELECT DISTINCT who FROM history") == "Démonstration"


def test_every_value_the_article_does_not_give_is_marked_illustrative(demo) -> None:
    """Issue 15 #9: the demo stays honest about what it made up."""
    meeting = demo.query_one("SELECT notes FROM meeting")
    for word in ("illustratives", "2025", "heure", "présidence", "présents", "ordre du jour",
                 "présentateurs", "adoptée"):  # fmt: skip
        assert word in meeting["notes"], word
    for row in demo.query("SELECT code, description FROM initiative"):
        assert "Illustratif" in row["description"] and row["code"] in row["description"]
    for word in ("responsables", "priorités", "échéances", "note de suivi"):
        assert word in meeting["notes"], word  # the actions' illustrative values
    notes = [n["text"] for n in demo.query("SELECT text FROM action_note")]
    assert notes and all(n.startswith("Illustratif") for n in notes)
    # the source is the French article, which cites the Korea Herald
    source = demo.query_one("SELECT * FROM source")
    assert (
        source["publisher"] != "Korea Herald" and "d'après le Korea Herald" in source["publisher"]
    )
    assert source["language"] == "fr"
