"""Gaps left by the exchange and search fuzzers: broken UTF-16 in an import, non-UTF-8 arguments.

``json.loads`` turns ``"\\ud800"`` escapes into lone surrogates, which Python strings hold but
SQLite cannot store; a POSIX command line hands bytes that are not UTF-8 to Python as
surrogates too. Both once ended in a traceback; both must end in one sentence, with the
register unchanged.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from minutier.core.errors import MinutierError
from minutier.services.exchange.json_format import export_data, import_data
from minutier.store.connection import Store, open_store
from minutier.store.writer import RECORD_TABLES

BROKEN = st.sampled_from(["\ud800", "\udfff", "a\udcffb", "\ud83d", "\udc00\ud800"])
TEXT_WITH_BROKEN = st.builds(
    lambda a, b, c: a + b + c, st.text(max_size=10), BROKEN, st.text(max_size=10)
)


def counts(store: Store) -> dict[str, int]:
    return {
        t: store.scalar(f"SELECT count(*) FROM {t}") for t in (*sorted(RECORD_TABLES), "history")
    }


@pytest.fixture(scope="module")
def setting(
    demo_master: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Store, dict[str, Any]]:
    path = tmp_path_factory.mktemp("broken-import") / "register.minutier"
    path.write_bytes(demo_master.read_bytes())
    store = open_store(path)
    data = export_data(store)
    yield store, data
    store.close()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_an_import_with_broken_utf16_is_refused_whole(
    setting: tuple[Store, dict[str, Any]], data: st.DataObject
) -> None:
    store, exported = setting
    mutated = copy.deepcopy(exported)
    tables = [t for t, rows in mutated["records"].items() if rows]
    for _ in range(data.draw(st.integers(1, 3))):
        table = data.draw(st.sampled_from(tables))
        row = data.draw(st.sampled_from(mutated["records"][table]))
        text_fields = [k for k, v in row.items() if isinstance(v, str)]
        field = data.draw(st.sampled_from(text_fields))
        row[field] = data.draw(TEXT_WITH_BROKEN)
        event(f"broken field: {field}")
    # the file as it would arrive: ASCII JSON with \ud800-style escapes
    parsed = json.loads(json.dumps(mutated, ensure_ascii=True))
    before = counts(store)
    with pytest.raises(MinutierError) as caught:
        import_data(store, parsed)
    str(caught.value).encode("utf-8")  # the sentence itself is printable
    assert counts(store) == before


COMMANDS = [
    ["search", "{db}", b"\xff\xfe GPU"],
    ["meetings", "{db}", "--committee", b"CS\xffIIA"],
    ["actions", "{db}", "--owner", b"\xc3\x28"],
    ["actions", "{db}", "--due-before", b"fin \xe9t\xe9"],
    ["decisions", "{db}", "--initiative", b"\xed\xa0\x80"],
    ["backups", b"missing\xff.minutier"],
    ["check", b"missing\xff.minutier"],
    ["restore", b"nothing\xff.minutier", "{db}"],
]


@pytest.mark.skipif(os.name != "posix", reason="POSIX hands arguments over as bytes")
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0] + " " + " ".join(map(str, a[2:3])))
def test_arguments_that_are_not_utf8_get_a_sentence(
    demo: Path, home: Path, args: list[Any]
) -> None:
    argv = [os.fsencode(str(demo)) if a == "{db}" else a for a in args]
    argv = [a if isinstance(a, bytes) else a.encode() for a in argv]
    env = {
        **os.environ,
        "MINUTIER_HOME": str(home),
        "LC_ALL": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
    }
    before = demo.read_bytes()
    proc = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"minutier", *argv],
        capture_output=True,
        env=env,
        timeout=120,
    )
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode in (0, 1), err
    assert "Traceback" not in err and "unexpected error" not in err, err
    if proc.returncode == 1:
        assert err.startswith("minutier: ") and err.count("\n") == 1, err
    assert demo.read_bytes() == before or args[0] != "restore"
