"""A bad exchange file is refused whole, with a sentence naming the table, the UUID and the field."""

from __future__ import annotations

import copy
import json
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import history_size, snapshot

from minutier.core.errors import Conflict, MinutierError, ValidationError
from minutier.services.exchange import json_format
from minutier.services.exchange.layout import MAX_FILE_BYTES
from minutier.store.connection import Store

NEW_UUID = "abcdef01-2345-4678-9abc-def012345678"


def refuse(store: Store, data: Any, *needles: str, error: type = MinutierError) -> str:
    """Import ``data``, expect a refusal mentioning ``needles``, and check nothing changed."""
    before, entries = snapshot(store), history_size(store)
    with pytest.raises(error) as caught:
        json_format.import_data(store, data)
    message = str(caught.value)
    for needle in needles:
        assert needle in message, message
    assert "\n" not in message and message.endswith(".")
    assert snapshot(store) == before and history_size(store) == entries
    return message


def rec(data: dict, table: str, **match: Any) -> dict:
    return next(r for r in data["records"][table] if all(r.get(k) == v for k, v in match.items()))


def test_a_reference_to_nothing_in_the_middle_of_the_file(register: Store) -> None:
    data = json_format.export_data(register)
    action = data["records"]["action"][1]
    missing = str(uuid.uuid4())
    action["owner_person"] = missing
    # Records before and after it change too: none of that may land.
    data["records"]["person"][0]["notes"] = "changed"
    data["records"]["minutes_version"][0]["amendment_reason"] = "changed"
    message = refuse(register, data, "action", action["uuid"], "owner_person", missing)
    assert "neither in the file nor in the register" in message


def test_a_reference_to_a_record_of_another_kind(register: Store) -> None:
    data = json_format.export_data(register)
    action = data["records"]["action"][0]
    action["owner_person"] = data["records"]["organisation"][0]["uuid"]
    refuse(register, data, "action", action["uuid"], "owner_person", error=ValidationError)


def test_a_clash_found_while_writing_the_last_table_rolls_everything_back(empty: Store, register):
    """Every other table is written before the clash: the transaction undoes all of it."""
    data = json_format.export_data(register)
    twin = copy.deepcopy(data["records"]["minutes_version"][0])
    twin["uuid"] = NEW_UUID
    data["records"]["minutes_version"].append(twin)
    first, second = sorted([NEW_UUID, data["records"]["minutes_version"][0]["uuid"]])
    message = refuse(empty, data, error=Conflict)
    assert message == (
        f"Cannot import minutes_version {second}: another minutes_version ({first}) "
        "already has the same meeting and version."
    )
    assert empty.scalar("SELECT count(*) FROM person") == 0
    assert history_size(empty) == 0


def test_a_meeting_number_taken_by_another_meeting(empty: Store, register: Store) -> None:
    data = json_format.export_data(register)
    original = rec(data, "meeting", number=3)
    twin = copy.deepcopy(original)
    twin["uuid"] = NEW_UUID
    data["records"]["meeting"].append(twin)
    message = refuse(empty, data, "meeting", error=Conflict)
    first, second = sorted([NEW_UUID, original["uuid"]])
    assert f"Cannot import meeting {second}" in message
    assert f"meeting number 3 of committee CSIIA is already held by another meeting ({first})" in (
        message
    )


def test_an_action_number_already_used_in_the_register(register: Store) -> None:
    data = json_format.export_data(register)
    csiia = rec(data, "committee", code="CSIIA")["uuid"]
    clash = copy.deepcopy(rec(data, "action", number=1, committee=csiia))
    clash["uuid"] = NEW_UUID
    message = refuse(register, {**data, "records": {"action": [clash]}}, error=Conflict)
    assert f"action {NEW_UUID}" in message and "action number 1 of committee CSIIA" in message


def test_a_committee_code_used_by_another_committee_whatever_its_case(register: Store) -> None:
    data = json_format.export_data(register)
    clash = copy.deepcopy(rec(data, "committee", code="CSIIA"))
    clash.update(uuid=NEW_UUID, code="csiia", parent=None)
    message = refuse(register, {**data, "records": {"committee": [clash]}}, error=Conflict)
    assert "the code csiia is already used by another committee" in message


def test_a_rule_of_the_register_broken_while_writing(register: Store) -> None:
    data = json_format.export_data(register)
    meeting = rec(data, "meeting", number=3)
    meeting["ends_at"] = "2025-02-16T09:00"  # before it starts
    refuse(register, data, "meeting", meeting["uuid"], error=Conflict)


Mutation = Callable[[dict], str]  # changes the data, returns what the refusal must name


def _set(table: str, key: str, value: Any, **match: Any) -> Mutation:
    def mutate(data: dict) -> str:
        row = rec(data, table, **match)
        row[key] = value
        return f"{table} {row['uuid']}"

    return mutate


def _drop(table: str, key: str) -> Mutation:
    def mutate(data: dict) -> str:
        row = data["records"][table][0]
        del row[key]
        return f"{table} {row['uuid']}" if key != "uuid" else f"{table} record #1"

    return mutate


def _second_owner(data: dict) -> str:
    figure = rec(data, "figure", quantity="8000")
    figure["decision"] = rec(data, "decision", votes_for=10)["uuid"]
    return f"figure {figure['uuid']}"


FIELD_CASES = {
    "missing required field": (_drop("meeting", "starts_at"), "this field is required"),
    "missing uuid": (_drop("person", "uuid"), "every record needs a UUID"),
    "number as text": (_set("meeting", "number", "3", number=3), "whole number"),
    "votes as a boolean": (_set("decision", "votes_for", True, votes_for=10), "whole number"),
    "title as a number": (_set("meeting", "title", 5, number=3), "must be text"),
    "title as an object": (_set("meeting", "title", {"fr": "x"}, number=3), "a JSON object"),
    "line over the limit": (_set("person", "name", "é" * 1001, name="Choi Sang Mok"), "1,000"),
    "text over the limit": (_set("note", "text", "가" * 200_001), "200,000"),
    "control character": (_set("person", "name", "a\x07b", name="Choi Sang Mok"), "control"),
    "natural due date": (_set("action", "due_on", "fin mars", number=1), "YYYY-MM-DD"),
    "impossible date": (_set("action", "due_on", "2025-02-30", number=1), "due_on"),
    "seconds in a local time": (
        _set("meeting", "starts_at", "2025-02-16T10:00:00", number=3),
        "YYYY-MM-DDTHH:MM",
    ),
    "unknown time zone": (_set("meeting", "timezone", "Mars/Olympus", number=3), "time zone"),
    "unknown status": (_set("meeting", "status", "postponed", number=3), "choose one of"),
    "null status": (_set("meeting", "status", None, number=3), "cannot be empty"),
    "bad timestamp": (_set("person", "updated_at", "yesterday", name="Choi Sang Mok"), "UTC"),
    "lowercase currency": (_set("figure", "currency", "krw", currency="KRW"), "ISO 4217"),
    "unknown currency": (_set("figure", "currency", "XYZ", currency="KRW"), "ISO 4217"),
    "money without currency": (_set("figure", "currency", None, currency="KRW"), "a currency"),
    "half an equivalent": (
        _set("figure", "equiv_currency", None, equiv_currency="USD"),
        "both an amount and a currency",
    ),
    "quantity with spaces": (_set("figure", "quantity", "8 000", quantity="8000"), "decimal"),
    "pdf not matching its hash": (
        _set("minutes_version", "pdf_base64", "JVBERg=="),
        "not the SHA-256",
    ),
    "pdf not base64": (_set("minutes_version", "pdf_base64", "<script>"), "not base64"),
    "reference that is not a UUID": (_set("action", "meeting", "CSIIA/3", number=1), "not a UUID"),
    "unknown field": (_set("person", "nickname", "Choi", name="Choi Sang Mok"), "nickname"),
    "figure with two owners": (_second_owner, "exactly one"),
}


@pytest.mark.parametrize("case", sorted(FIELD_CASES))
def test_a_bad_field_names_its_table_record_and_field(register: Store, case: str) -> None:
    mutate, reason = FIELD_CASES[case]
    data = json_format.export_data(register)
    where = mutate(data)
    refuse(register, data, where, reason, error=ValidationError)


def test_duplicate_uuids_in_the_file(register: Store) -> None:
    data = json_format.export_data(register)
    person = data["records"]["person"][0]
    data["records"]["person"].append(copy.deepcopy(person))
    refuse(register, data, person["uuid"], "more than once", error=ValidationError)
    data = json_format.export_data(register)
    org = copy.deepcopy(data["records"]["organisation"][0])
    org["uuid"] = data["records"]["person"][0]["uuid"]
    data["records"]["organisation"].append(org)
    refuse(register, data, "more than once in the file (also as a", error=ValidationError)


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (lambda d: d.update(format="vcard"), "not a Minutier exchange file"),
        (lambda d: d.pop("format"), "not a Minutier exchange file"),
        (lambda d: d.update(version=3), "newer Minutier (exchange format version 3)"),
        (lambda d: d.update(version="1"), "must be a number"),
        (lambda d: d.update(version=0), "versions 1 to 2"),
        (lambda d: d.pop("records"), '"records"'),
        (lambda d: d.update(records=[]), '"records"'),
        (lambda d: d["records"].update(meetings=[]), "meetings"),
        (lambda d: d["records"].update(person={}), "JSON list"),
        (lambda d: d["records"]["person"].append("Choi"), "person record #3"),
    ],
)
def test_a_bad_header_or_structure(register: Store, change, needle: str) -> None:
    data = json_format.export_data(register)
    change(data)
    refuse(register, data, needle, error=ValidationError)


def test_not_an_object_at_all(register: Store) -> None:
    refuse(register, ["format", "minutier"], "expected a JSON object", error=ValidationError)


def test_unknown_top_level_entries_are_ignored_with_a_warning(register: Store) -> None:
    data = json_format.export_data(register)
    data["comment"] = "made by hand"
    report = json_format.import_data(register, data)
    assert report.warnings == [
        "The file's top-level entry “comment” is not part of the format and was ignored."
    ]


# -- the file itself ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"format": "minutier",', "not valid JSON (line 1"),
        (b'{"format": "minutier", "format": "x"}', "appears twice"),
        (b'{"version": NaN}', "no such number"),
        (b"[" * 100_000 + b"]" * 100_000, "JSON file Minutier can read"),
        (b'{"version": ' + b"9" * 5000 + b"}", "JSON file Minutier can read"),
        (b"", "not valid JSON"),
        (b'"just text"', "not a Minutier exchange file"),
    ],
)
def test_unreadable_files(tmp_path: Path, empty: Store, raw: bytes, needle: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(ValidationError, match=needle.replace("(", r"\(")):
        json_format.import_file(empty, path)
    assert history_size(empty) == 0


def test_a_byte_order_mark_is_accepted(tmp_path: Path, register: Store, empty: Store) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(
        b"\xef\xbb\xbf" + json_format.dumps(json_format.export_data(register)).encode()
    )
    assert json_format.import_file(empty, path).inserted


def test_a_file_over_50_mb_is_refused_before_it_is_read(
    tmp_path: Path, empty: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: no need to write 50 MiB

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(json_format, "open", no_reading, raising=False)
    with pytest.raises(ValidationError, match="at most 50 MiB"):
        json_format.import_file(empty, path)


def test_a_10_mb_file_imports(tmp_path: Path, empty: Store) -> None:
    people = [
        {
            "uuid": str(uuid.UUID(int=i + 1)),
            "name": f"Personne {i} 사람",
            "notes": ("Notes « détaillées » 회의록 " * 80)[:2000],
        }
        for i in range(5_000)
    ]
    data = {"format": "minutier", "version": 1, "records": {"person": people}}
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert path.stat().st_size > 10 * 1024 * 1024
    started = time.perf_counter()
    report = json_format.import_file(empty, path)
    elapsed = time.perf_counter() - started
    assert report.inserted == {"person": 5_000}
    assert empty.scalar("SELECT count(*) FROM person") == 5_000
    print(f"\n10 MB import: {path.stat().st_size / 1e6:.1f} MB, 5000 records in {elapsed:.1f} s")


def test_the_documented_size_limit_is_the_one_enforced(tmp_path: Path, empty: Store) -> None:
    """The README says MiB and gives the bytes; a file over it is told in MiB too."""
    readme = (Path(json_format.__file__).parent / "README.md").read_text(encoding="utf-8")
    assert f"at most 50 MiB ({MAX_FILE_BYTES:,} bytes" in readme
    assert " MB" not in readme.replace("MiB", "")
    path = tmp_path / "big.json"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ValidationError) as e:
        json_format.import_file(empty, path)
    assert "50.0 MiB" in str(e.value) and "at most 50 MiB" in str(e.value)


@pytest.mark.parametrize("control", ["\x9b", "\x80", "\u202e", "\u2066"])
def test_c1_controls_and_bidi_overrides_are_refused_on_import(register: Store, control) -> None:
    data = json_format.export_data(register)
    meeting = data["records"]["meeting"][0]
    meeting["title"] = f"Réunion{control}[31m"
    refuse(register, data, "meeting", meeting["uuid"], "control", error=ValidationError)


def test_committees_that_are_each_others_parent_are_refused(register: Store) -> None:
    data = json_format.export_data(register)
    committees = data["records"]["committee"]
    assert len(committees) >= 2
    a, b = committees[0], committees[1]
    a["parent"], b["parent"] = b["uuid"], a["uuid"]
    message = refuse(register, data, "own parent", error=ValidationError)
    assert "committee " in message and ", field parent" in message  # which record, which field
    assert a["code"] in message or b["code"] in message  # the parent by its code, not an id
    data = json_format.export_data(register)
    rec(data, "committee", uuid=a["uuid"])["parent"] = a["uuid"]  # its own parent
    refuse(register, data, "own parent", error=ValidationError)


def test_decisions_superseding_each_other_are_refused(register: Store) -> None:
    data = json_format.export_data(register)
    first, second = data["records"]["decision"][:2]
    for d, other in ((first, second), (second, first)):
        d["status"], d["superseded_by"] = "superseded", other["uuid"]
    data["version"] = 1  # edited by hand: no bases (a version 2 field not in its base is kept)
    for rows in data["records"].values():
        for row in rows:
            row.pop("base", None)
    refuse(register, data, "supersede each other", error=ValidationError)
