"""Confidential marks: two editions of the minutes, each archived with its own hash; public exports."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from minutier.core.confidential import public
from minutier.core.errors import FrozenRecord
from minutier.services import lookup, meetings, minutes, records
from minutier.services.demo import build_demo
from minutier.services.exchange import csv_format, ics_format, json_format
from minutier.services.minutes_content import digest
from minutier.store.connection import Store, open_store


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.minutier")


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path, minutier_home: Path) -> Store:
    path = tmp_path / "demo.minutier"
    shutil.copyfile(demo_master, path)
    store = open_store(path, who="tester")
    yield store
    store.close()


def text_of(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    return re.sub(r"\s+", " ", out.stdout.decode("utf-8"))


def m3(store: Store) -> int:
    return int(lookup.meeting(store, "CSIIA/3")["id"])


def mark(store: Store) -> dict[str, int]:
    """Item 2 (with all it holds) and decision no. 3 (in item 3) become confidential."""
    item2 = store.scalar(
        "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position LIMIT 1 OFFSET 1",
        (m3(store),),
    )
    decision3 = store.scalar("SELECT id FROM decision WHERE number = 3")
    records.update(store, "agenda_item", item2, {"confidential": True})
    records.update(store, "decision", decision3, {"confidential": "oui"})  # as typed in French
    return {"item2": item2, "decision3": decision3}


def test_the_public_edition_leaves_marked_parts_out_and_keeps_numbers(demo: Store) -> None:
    ids = mark(demo)
    item2 = records.get(demo, "agenda_item", ids["item2"])["title"]
    decision3 = records.get(demo, "decision", ids["decision3"])["text"]
    internal = text_of(minutes.minutes_pdf(demo, m3(demo)))
    public_pdf = minutes.minutes_pdf(demo, m3(demo), edition="public")
    published = text_of(public_pdf)
    # internal: everything, the marked parts flagged, the edition named
    assert item2 in internal and decision3[:40] in internal
    assert internal.count("[Confidentiel]") >= 3  # agenda line, heading, decision
    assert "Édition interne" in internal
    # public: left out, numbers unchanged, a line saying how much is withheld
    assert item2 not in published and decision3[:40] not in published
    assert "Confidentiel" not in published
    assert "Édition publique" in published
    record = public(minutes.record(demo, m3(demo)))
    assert [i.position for i in record.agenda] == [1, 3, 4, 5]
    assert "3. Centre national de calcul" in published
    assert f"{record.withheld} éléments confidentiels ne sont pas publiés" in published
    assert record.withheld >= 2
    decisions_left = [d.number for i in record.items for d in i.decisions]
    assert 3 not in decisions_left and 4 in decisions_left  # "Décision no 4" stays no 4


def test_each_edition_is_archived_with_its_own_hash_and_verify_says_which(demo: Store) -> None:
    mark(demo)
    committee = lookup.committee(demo, "CSIIA")["id"]
    m4 = meetings.plan_meeting(demo, committee, "2025-03-20T10:00", carry_over=False)
    version = minutes.approve(demo, m3(demo), at_meeting_id=m4)
    internal = minutes.version_pdf(demo, m3(demo), 1)
    published = minutes.version_pdf(demo, m3(demo), 1, "public")
    assert internal != published
    row = demo.query_one("SELECT * FROM minutes_version WHERE meeting_id = ?", (m3(demo),))
    assert row["pdf_sha256"] == hashlib.sha256(internal).hexdigest() == version.pdf_sha256
    assert row["public_pdf_sha256"] == hashlib.sha256(published).hexdigest()
    found = minutes.verify(demo, internal)
    assert found is not None and found.edition == "internal"
    found = minutes.verify(demo, published)
    assert found is not None and found.edition == "public" and found.content_matches
    assert minutes.verify(demo, published[:-1] + b" ") is None
    # the register hands out the archived bytes of each edition
    assert minutes.minutes_pdf(demo, m3(demo), edition="public") == published
    # the mark is part of the frozen content: it cannot be lifted once approved
    with pytest.raises(FrozenRecord):
        records.update(
            demo, "decision", demo.scalar("SELECT id FROM decision WHERE number = 3"),
            {"confidential": False},
        )  # fmt: skip


def test_the_mark_counts_in_the_digest_only_when_set(demo: Store) -> None:
    """Minutes approved before the mark existed keep their digest (the column defaults to 0)."""
    before = digest(demo, m3(demo))
    decision = demo.scalar("SELECT id FROM decision WHERE number = 3")
    records.update(demo, "decision", decision, {"confidential": True})
    assert digest(demo, m3(demo)) != before
    records.update(demo, "decision", decision, {"confidential": False})
    assert digest(demo, m3(demo)) == before


def test_public_exports_leave_confidential_records_out(demo: Store, tmp_path: Path) -> None:
    ids = mark(demo)
    decision3 = records.get(demo, "decision", ids["decision3"])
    item2 = records.get(demo, "agenda_item", ids["item2"])
    full = json_format.export_data(demo)
    shown = json_format.export_data(demo, public=True)
    uuids = lambda data, t: {r["uuid"] for r in data["records"][t]}  # noqa: E731
    assert decision3["uuid"] in uuids(full, "decision")
    assert decision3["uuid"] not in uuids(shown, "decision")
    assert item2["uuid"] not in uuids(shown, "agenda_item")
    marked = [r for r in full["records"]["decision"] if r["uuid"] == decision3["uuid"]]
    assert marked[0]["confidential"] is True  # the exchange field
    # what belonged to the left-out item went with it
    inside = demo.query("SELECT uuid FROM announcement WHERE agenda_item_id = ?", (item2["id"],))
    assert inside and not {r["uuid"] for r in inside} & uuids(shown, "announcement")
    # no reference points at a left-out record
    text = json.dumps(shown)
    assert decision3["uuid"] not in text and item2["uuid"] not in text
    # CSV and ICS
    csv_format.write_csv(demo, tmp_path / "csv", public=True)
    with open(tmp_path / "csv" / "decisions.csv", encoding="utf-8-sig", newline="") as f:
        numbers = [row["number"] for row in csv.DictReader(f)]
    assert "3" not in numbers and "4" in numbers
    ics_format.write_ics(demo, tmp_path / "all.ics", public=True)
    assert item2["title"] not in (tmp_path / "all.ics").read_text(encoding="utf-8")


def test_a_public_export_imports_into_a_new_register(demo: Store, tmp_path: Path) -> None:
    mark(demo)
    path = tmp_path / "public.json"
    json_format.write_json(demo, path, public=True)
    with open_store(tmp_path / "new.minutier", create=True) as other:
        json_format.import_file(other, path)
        assert other.scalar("SELECT count(*) FROM decision WHERE number = 3") == 0
        assert other.scalar("SELECT count(*) FROM decision WHERE number = 4") == 1


def test_search_results_show_the_mark(demo: Store) -> None:
    from minutier.store import search

    ids = mark(demo)
    item2 = records.get(demo, "agenda_item", ids["item2"])
    hits = search.search(demo, item2["title"])
    assert any(h.kind == "agenda_item" and h.id == item2["id"] and h.confidential for h in hits)
    inside = demo.scalar("SELECT id FROM announcement WHERE agenda_item_id = ?", (item2["id"],))
    text = records.get(demo, "announcement", inside)["text"]
    hits = search.search(demo, " ".join(text.split()[:4]))
    assert any(h.kind == "announcement" and h.id == inside and h.confidential for h in hits)
    plain = search.search(demo, "Centre national de calcul")
    assert any(not h.confidential for h in plain)


def test_an_amendment_can_lift_the_mark_and_version_2_publishes_it(demo: Store) -> None:
    ids = mark(demo)
    committee = lookup.committee(demo, "CSIIA")["id"]
    m4 = meetings.plan_meeting(demo, committee, "2025-03-20T10:00", carry_over=False)
    minutes.approve(demo, m3(demo), at_meeting_id=m4)
    text = records.get(demo, "decision", ids["decision3"])["text"][:40]
    assert text not in text_of(minutes.version_pdf(demo, m3(demo), 1, "public"))
    minutes.open_amendment(demo, m3(demo), "La décision 3 peut être publiée.", "2025-03-21")
    records.update(demo, "decision", ids["decision3"], {"confidential": False})
    minutes.approve(demo, m3(demo), approved_on="2025-04-01")
    assert text in text_of(minutes.version_pdf(demo, m3(demo), 2, "public"))
    assert text not in text_of(minutes.version_pdf(demo, m3(demo), 1, "public"))  # kept as filed
    found = minutes.verify(demo, minutes.version_pdf(demo, m3(demo), 1, "public"))
    assert found is not None and found.edition == "public" and not found.latest
