"""The full-text index: one FTS5 trigram table over folded text, filled by triggers.

Each indexed row sits at ``rowid = record id * 16 + kind code`` so a trigger finds it by rowid
(no scan). The text is folded by ``mz_fold`` (see ``minutier.core.text``), which every
connection registers; a connection without it cannot write to indexed tables, so the index can
never silently fall behind. ``sqlite-utils``' ``transform()`` drops triggers: after a transform of
an indexed table, call ``schema.restore_triggers`` (which also restores the money, freeze and history triggers) (tests/store/test_search_index.py checks this).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type only: sqlite-utils is not imported at start-up
    from sqlite_utils import Database

KIND_BITS = 16


@dataclass(frozen=True)
class IndexedKind:
    code: int
    table: str
    columns: tuple[str, ...]

    def expression(self, alias: str) -> str:
        return " || ' ' || ".join(f"coalesce({alias}.{c}, '')" for c in self.columns)


KINDS: tuple[IndexedKind, ...] = (
    IndexedKind(1, "meeting", ("title", "place", "notes")),
    IndexedKind(2, "agenda_item", ("title", "notes")),
    IndexedKind(3, "note", ("text",)),
    IndexedKind(4, "announcement", ("text",)),
    IndexedKind(5, "decision", ("text",)),
    IndexedKind(6, "initiative", ("name", "native_name", "code", "description")),
    IndexedKind(7, "action", ("text",)),
    IndexedKind(8, "action_note", ("text",)),
)
KIND_BY_CODE = {k.code: k for k in KINDS}
KIND_BY_TABLE = {k.table: k for k in KINDS}


def create(db: Database) -> None:
    """Create the index table and its triggers, then index what is already stored."""
    db.execute("CREATE VIRTUAL TABLE search_index USING fts5(folded, tokenize = 'trigram')")
    create_triggers(db)
    reindex(db)


def create_triggers(db: Database) -> None:
    """(Re)create the triggers that keep the index in step with each indexed table."""
    for k in KINDS:
        key_new = f"new.id * {KIND_BITS} + {k.code}"
        key_old = f"old.id * {KIND_BITS} + {k.code}"
        columns = ", ".join(k.columns)
        for suffix in ("ai", "au", "ad"):
            db.execute(f"DROP TRIGGER IF EXISTS search_{k.table}_{suffix}")
        db.execute(
            f"CREATE TRIGGER search_{k.table}_ai AFTER INSERT ON {k.table} BEGIN "
            f"INSERT INTO search_index (rowid, folded) "
            f"VALUES ({key_new}, mz_fold({k.expression('new')})); END"
        )
        db.execute(
            f"CREATE TRIGGER search_{k.table}_au AFTER UPDATE OF id, {columns} ON {k.table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = {key_old}; "
            f"INSERT INTO search_index (rowid, folded) "
            f"VALUES ({key_new}, mz_fold({k.expression('new')})); END"
        )
        db.execute(
            f"CREATE TRIGGER search_{k.table}_ad AFTER DELETE ON {k.table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = {key_old}; END"
        )


def reindex(db: Database) -> None:
    """Rebuild the whole index from the records (used after a migration or a repair)."""
    db.execute("DELETE FROM search_index")
    for k in KINDS:
        db.execute(
            f"INSERT INTO search_index (rowid, folded) "
            f"SELECT t.id * {KIND_BITS} + {k.code}, mz_fold({k.expression('t')}) FROM {k.table} t"
        )
