"""The first full-text index (one trigram table with its own copy of the text), as m002 made it.

Kept only so that migration m002 still does what it did when it shipped; the migration that
follows (``m018_search_words``) drops it and builds ``store.search_schema``'s design.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

V1_KINDS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "meeting", ("title", "place", "notes")),
    (2, "agenda_item", ("title", "notes")),
    (3, "note", ("text",)),
    (4, "announcement", ("text",)),
    (5, "decision", ("text",)),
    (6, "initiative", ("name", "native_name", "code", "description")),
    (7, "action", ("text",)),
    (8, "action_note", ("text",)),
)


def _expression(alias: str, columns: tuple[str, ...]) -> str:
    return " || ' ' || ".join(f"coalesce({alias}.{c}, '')" for c in columns)


def create_v1(db: Database) -> None:
    """The trigram index of m002 at ``rowid = id * 16 + code``, with its triggers, filled."""
    db.execute("CREATE VIRTUAL TABLE search_index USING fts5(folded, tokenize = 'trigram')")
    for code, table, columns in V1_KINDS:
        new, old = f"new.id * 16 + {code}", f"old.id * 16 + {code}"
        db.execute(
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO search_index (rowid, folded) "
            f"VALUES ({new}, mz_fold({_expression('new', columns)})); END"
        )
        db.execute(
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF id, {', '.join(columns)} "
            f"ON {table} BEGIN DELETE FROM search_index WHERE rowid = {old}; "
            f"INSERT INTO search_index (rowid, folded) "
            f"VALUES ({new}, mz_fold({_expression('new', columns)})); END"
        )
        db.execute(
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = {old}; END"
        )
        db.execute(
            f"INSERT INTO search_index (rowid, folded) "
            f"SELECT t.id * 16 + {code}, mz_fold({_expression('t', columns)}) FROM {table} t"
        )


def drop_v1(db: Database) -> None:
    """Remove the m002 index and its triggers (the tables they indexed are untouched)."""
    for _, table, _ in V1_KINDS:
        for suffix in ("ai", "au", "ad"):
            db.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    db.execute("DROP TABLE IF EXISTS search_index")
