"""The shipped faces are handed to Qt by path (read when needed), never copied into memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from minutier.ui import fonts


def test_the_faces_are_registered_by_path(app, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def refuse(data: bytes) -> int:
        raise AssertionError(f"{len(data)} bytes read into memory at start")

    monkeypatch.setattr(QFontDatabase, "addApplicationFontFromData", staticmethod(refuse))
    families = fonts.register()
    assert any("Nanum" in family for family in families)


def test_a_missing_face_is_skipped(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert fonts._add(tmp_path / "absent.ttf") == -1
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    assert fonts._add(broken) == -1  # neither by path nor as bytes
