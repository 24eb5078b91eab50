"""Which register a file is: the ``register_uuid`` every register keeps in ``meta``."""

from __future__ import annotations

from minutier.store.connection import Store


def register_id(store: Store) -> str | None:
    """This register's UUID (None for a file older than the merge migration, read-only)."""
    return store.scalar("SELECT value FROM meta WHERE key = 'register_uuid'")


def meta(store: Store, prefix: str) -> dict[str, str]:
    """Every ``meta`` entry whose key starts with ``prefix``, the prefix removed."""
    rows = store.conn.execute(
        "SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?", (len(prefix), prefix)
    ).fetchall()
    return {key[len(prefix) :]: value for key, value in rows}
