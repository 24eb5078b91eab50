"""Sharing one register between officers through a PostgreSQL hub, each still working offline."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from minutier.core.errors import MinutierError

if TYPE_CHECKING:
    from minutier.store.connection import Store


def shared(store: Store) -> bool:
    """Whether the register is shared through a hub (``replica.hub_url``), read without
    importing the sync machinery: the window asks at every start, and most are not shared."""
    try:
        return store.scalar("SELECT value FROM meta WHERE key = 'sync.hub'") is not None
    except (
        sqlite3.Error,
        MinutierError,
    ):  # a register older than the sync migration (read-only): not shared
        return False
