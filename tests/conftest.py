"""Shared fixtures: a fresh Minutier file, and a committee and a meeting made through services.

Tests run headless (``QT_QPA_PLATFORM=offscreen`` unless already set). Time is not pinned
globally: tests that need a fixed "now" set ``MINUTIER_FIXED_NOW`` themselves.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from minutier.services import meetings, records
from minutier.store.connection import Store, open_store


@pytest.fixture
def minutier_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Minutier's own files (backups before a migration, logs) go under the test's folder."""
    folder = tmp_path / "home"
    monkeypatch.setenv("MINUTIER_HOME", str(folder))
    return folder


@pytest.fixture
def store(tmp_path: Path, minutier_home: Path) -> Iterator[Store]:
    """A new, empty Minutier file, open for writing as user "tester"."""
    s = open_store(tmp_path / "register.minutier", create=True, who="tester")
    yield s
    s.close()


@pytest.fixture
def committee(store: Store) -> int:
    """A French-speaking committee in Seoul, created through the records service."""
    return records.create(
        store,
        "committee",
        {
            "name": "Comité spécial de l'infrastructure de calcul",
            "code": "CSIIA",
            "language": "fr",
            "timezone": "Asia/Seoul",
        },
    )


@pytest.fixture
def meeting(store: Store, committee: int) -> int:
    """Meeting no. 1 of ``committee``, planned through the meetings service."""
    return meetings.plan_meeting(
        store,
        committee,
        "2025-02-16T10:00",
        title="Troisième réunion",
        agenda=["Ouverture", "Supercalculateur"],
    )
