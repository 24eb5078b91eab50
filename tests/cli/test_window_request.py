"""Which command lines open the window directly, without building the commands' parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutier.cli import _window_request


def test_plain_window_starts(tmp_path: Path) -> None:
    db = tmp_path / "r.minutier"
    db.write_bytes(b"")
    assert _window_request([]).window_db is None
    assert _window_request(["--demo"]).demo is True
    found = _window_request([str(db)])
    assert (found.window_db, found.demo, found.command) == (str(db), False, None)
    assert _window_request([str(db), "--demo"]).window_db == str(db)


@pytest.mark.parametrize(
    "argv",
    [["meetings", "x.db"], ["-h"], ["--version"], ["missing.minutier"], ["a.db", "b.db"], ["demo"]],
)
def test_anything_else_goes_through_the_parser(argv: list[str]) -> None:
    assert _window_request(argv) is None
