"""Fuzzing the JSON import: a mutated export is imported whole or refused with a MinutierError.

Each example mutates a valid export (fields dropped, types changed, hostile or huge text, random
UUIDs, records duplicated or removed, unknown versions…) and imports it into a copy of a full
register or into an empty one. Whatever happens, no other exception escapes; a refusal leaves
the register exactly as it was; an accepted file leaves a consistent register that the same
import no longer changes.
"""

from __future__ import annotations

import copy
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import history_size, snapshot
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from minutier.core.errors import MinutierError
from minutier.services.exchange import json_format
from minutier.store.connection import Store, open_store

HOSTILE_TEXT = [
    "<>&\"'",
    '=HYPERLINK("http://x")',
    "최상목 국가인공지능위원회",
    "fin mars",
    "2025-02-30",
    "2025-02-16T10:00",
    "2025-02-16T10:00:00.000Z",
    "Asia/Seoul",
    "FREQ=MONTHLY;BYDAY=+2TU",
    "KRW",
    "-1",
    "",
    " ",
    "\x00",
    "a\ud800b",  # broken UTF-16, as a file with \ud800 escapes decodes
    "x" * 1_001,
    "가" * 200_001,
]

values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), max_size=20),
    st.sampled_from(HOSTILE_TEXT),
    st.uuids().map(str),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@st.composite
def mutations(draw: st.DrawFn, base: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A copy of ``base`` with one to three random mutations, and their names."""
    data = copy.deepcopy(base)
    tables = [t for t, rows in data["records"].items() if rows]
    done = []
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        if not isinstance(data.get("records"), dict):
            break
        kind = draw(
            st.sampled_from(
                ["drop", "set", "set", "set", "uuid", "ref", "header", "duplicate", "remove", "new"]
            )
        )
        table = draw(st.sampled_from(tables))
        rows = data["records"].get(table)
        if not rows or not isinstance(rows, list):
            continue
        index = draw(st.integers(min_value=0, max_value=len(rows) - 1))
        row = rows[index]
        if not isinstance(row, dict):
            continue
        keys = sorted(row)
        if kind == "drop" and keys:
            del row[draw(st.sampled_from(keys))]
        elif kind == "set" and keys:
            row[draw(st.sampled_from(keys))] = draw(values)
        elif kind == "uuid":
            row["uuid"] = str(draw(st.uuids()))
        elif kind == "ref":
            refs = [
                k for k in keys if isinstance(row[k], str) and len(row[k]) == 36 and k != "uuid"
            ]
            if refs:
                all_uuids = [r["uuid"] for rs in base["records"].values() for r in rs]
                target = draw(st.one_of(st.uuids().map(str), st.sampled_from(all_uuids)))
                row[draw(st.sampled_from(refs))] = target
        elif kind == "header":
            key = draw(st.sampled_from(["format", "version", "records", "extra"]))
            data[key] = draw(st.one_of(values, st.integers(min_value=0, max_value=3)))
        elif kind == "duplicate":
            other = data["records"].get(draw(st.sampled_from(tables)))
            if isinstance(other, list):
                other.append(copy.deepcopy(row))
        elif kind == "remove":
            rows.pop(index)
        elif kind == "new":
            twin = copy.deepcopy(row)
            twin["uuid"] = str(draw(st.uuids()))
            rows.append(twin)
        done.append(kind)
    return data, done


def _consistent(store: Store) -> bool:
    return (
        store.query("PRAGMA integrity_check") == [{"integrity_check": "ok"}]
        and store.query("PRAGMA foreign_key_check") == []
    )


@pytest.fixture(scope="module")
def base(register_master: Path) -> dict[str, Any]:
    with open_store(register_master, readonly=True) as store:
        return json_format.export_data(store)


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,  # only MINUTIER_HOME: the same for every example
    ],
)
@given(data=st.data(), into_copy=st.booleans())
def test_a_mutated_export_is_imported_whole_or_refused_whole(
    register_master: Path, base: dict[str, Any], data: st.DataObject, into_copy: bool
) -> None:
    mutated, done = data.draw(mutations(base), label="mutations")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "target.minutier"
        if into_copy:
            shutil.copyfile(register_master, path)
        store = open_store(path, create=True)
        try:
            before, entries = snapshot(store), history_size(store)
            try:
                report = json_format.import_data(store, mutated)
            except MinutierError as e:
                event(f"refused: {type(e).__name__}")
                assert str(e) and "\n" not in str(e)
                assert snapshot(store) == before and history_size(store) == entries
                return
            event("accepted into " + ("a copy" if into_copy else "an empty register"))
            assert _consistent(store)
            again = json_format.import_data(store, mutated)
            assert again.inserted == {} and again.updated == {}, done
            assert again.unchanged == report.total
        finally:
            store.close()
