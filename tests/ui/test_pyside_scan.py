"""PySide's reading of every imported module's source is skipped for modules loaded before it.

``minutier.ui`` enters the modules already loaded into PySide's ``__feature__`` table (see its
``_known_to_pyside``). The table is PySide's own, not a public interface: these tests fail when
a PySide upgrade changes it, in either direction (the reading gone, or the table moved).
"""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import inspect, json, sys
import typing, dataclasses, pathlib  # loaded before PySide, like minutier.core and .store
import {first}
read = []
original = inspect.getsource
def getsource(obj):
    read.append(getattr(obj, "__name__", "?"))
    return original(obj)
inspect.getsource = getsource
import typing, dataclasses, pathlib  # named again in an import, as every module does
import wave  # first loaded after PySide: read as before
print(json.dumps(read))
"""


def _read_after(first: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(first=first)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_pyside_alone_reads_the_source_of_every_module_imported_after_it() -> None:
    # What the workaround is for; if this fails, PySide stopped reading and it can go.
    read = _read_after("PySide6.QtCore")
    assert {"typing", "dataclasses", "pathlib", "wave"} <= set(read)


def test_modules_loaded_before_minutier_ui_are_not_read_again() -> None:
    read = _read_after("minutier.ui")
    assert not {"typing", "dataclasses", "pathlib"} & set(read)
    assert "wave" in read  # loaded after PySide: still checked by PySide itself


def test_the_table_says_what_pyside_itself_would() -> None:
    from shibokensupport import feature  # type: ignore[import-not-found]

    import minutier.ui

    assert minutier.ui.KNOWN_TO_PYSIDE > 50
    table = feature.pyside_feature_dict
    for name in ("typing", "dataclasses"):
        assert table[name] == -1
    assert table["minutier.ui.main_window"] == 0  # ours: uses PySide, with no feature
    assert table["minutier.ui.meetings.page"] == 0
