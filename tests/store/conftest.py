"""Storage tests keep Minutier's own files (backups, logs) under each test's folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _home(minutier_home: Path) -> Path:
    return minutier_home
