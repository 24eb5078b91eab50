"""Fixtures of the packaging tests (helpers in packaging_helpers.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def empty_cwd(tmp_path: Path) -> Path:
    """A fresh, empty folder to run commands from (it must stay empty)."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    return folder
