"""The full-text index: folded text once, indexed twice (whole words, trigrams), kept by triggers.

``search_text`` holds one row per indexed record, at ``id = kind code << 40 | record id``, so a
trigger finds its row by key and one kind of record is one contiguous key range (a query asks
for "the newest matching decisions" without reading the others). The text is folded by
``mz_fold`` (see ``minutier.core.text``), which every connection registers; a connection
without it cannot write to indexed tables, so the index never silently falls behind.

Two FTS5 tables read that text (external content, so it is stored once):

- ``search_words``: ``unicode61 remove_diacritics 2`` tokens, for whole words — the cheap,
  well-ranked first answer, and words under three letters ("IA").
- ``search_trigrams``: ``trigram`` tokens, for words inside longer words ("위원회" in
  "특별위원회", "8000" in "18000").

``sqlite-utils``' ``transform()`` drops triggers: after a transform of an indexed table, call
``schema.restore_triggers`` (tests/store/test_search_index.py checks this).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type only: sqlite-utils is not imported at start-up
    from sqlite_utils import Database

KIND_SHIFT = 40
ID_MASK = (1 << KIND_SHIFT) - 1
FTS_TABLES = ("search_words", "search_trigrams")
_TOKENIZERS = {"search_words": "unicode61 remove_diacritics 2", "search_trigrams": "trigram"}

_MEETING_REF = (
    "(SELECT c.code || '/' || m.number FROM meeting m JOIN committee c ON c.id = m.committee_id "
    "WHERE m.id = {alias}.meeting_id)"
)


@dataclass(frozen=True)
class IndexedKind:
    code: int
    table: str
    columns: tuple[str, ...]
    label: str  # SQL (alias ``{alias}``): how a hit is named — its reference, or its name

    def expression(self, alias: str) -> str:
        return " || ' ' || ".join(f"coalesce({alias}.{c}, '')" for c in self.columns)

    def label_sql(self, alias: str) -> str:
        return self.label.format(alias=alias)

    def key_sql(self, alias: str) -> str:
        return f"({self.code << KIND_SHIFT} + {alias}.id)"

    @property
    def low(self) -> int:
        return self.code << KIND_SHIFT

    @property
    def high(self) -> int:
        return (self.code << KIND_SHIFT) | ID_MASK


def _committee_ref(infix: str) -> str:
    return (
        f"(SELECT c.code || '{infix}' || {{alias}}.number FROM committee c "
        "WHERE c.id = {alias}.committee_id)"
    )


KINDS: tuple[IndexedKind, ...] = (
    IndexedKind(1, "meeting", ("title", "place", "notes"), _committee_ref("/")),
    IndexedKind(2, "agenda_item", ("title", "notes"), _MEETING_REF),
    IndexedKind(3, "note", ("text",), _MEETING_REF),
    IndexedKind(4, "announcement", ("text",), f"coalesce({_MEETING_REF}, {{alias}}.made_on)"),
    IndexedKind(5, "decision", ("text",), _committee_ref("-D")),
    IndexedKind(
        6,
        "initiative",
        ("name", "native_name", "code", "description"),
        "coalesce(nullif({alias}.code, ''), {alias}.name)",
    ),
    IndexedKind(7, "action", ("text",), _committee_ref("-A")),
    IndexedKind(
        8,
        "action_note",
        ("text",),
        "(SELECT c.code || '-A' || a.number FROM action a JOIN committee c "
        "ON c.id = a.committee_id WHERE a.id = {alias}.action_id)",
    ),
    IndexedKind(9, "committee", ("name", "native_name", "code", "description"), "{alias}.code"),
    IndexedKind(10, "person", ("name", "native_name"), "{alias}.name"),
    IndexedKind(
        11,
        "organisation",
        ("name", "short_name", "native_name"),
        "coalesce(nullif({alias}.short_name, ''), {alias}.name)",
    ),
    # Files attached to records (issue 16's ``attachment`` table), found by name. Kinds whose
    # table a register does not have (yet) are left out by ``present``; the migration that
    # creates such a table calls ``add_kind`` at its end.
    IndexedKind(12, "attachment", ("name",), "{alias}.name"),
)
KIND_BY_CODE = {k.code: k for k in KINDS}
KIND_BY_TABLE = {k.table: k for k in KINDS}


def kind_of(key: int) -> IndexedKind:
    return KIND_BY_CODE[key >> KIND_SHIFT]


def id_of(key: int) -> int:
    return key & ID_MASK


def present(db: Database) -> list[IndexedKind]:
    """The indexed kinds whose table exists in this register."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [k for k in KINDS if k.table in tables]


def add_kind(db: Database, table: str) -> None:
    """Index a kind whose table was just created: its triggers, and its rows already there."""
    k = KIND_BY_TABLE[table]
    _kind_triggers(db, k)
    db.execute(
        f"INSERT INTO search_text (id, folded) "
        f"SELECT {k.key_sql('t')}, mz_fold({k.expression('t')}) FROM {k.table} t"
    )


def create(db: Database) -> None:
    """Create the text table, both indexes and every trigger, then index what is stored."""
    db.execute("CREATE TABLE search_text (id INTEGER PRIMARY KEY, folded TEXT NOT NULL) STRICT")
    for table, tokenizer in _TOKENIZERS.items():
        db.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5(folded, content = 'search_text', "
            f"content_rowid = 'id', tokenize = '{tokenizer}')"
        )
    reindex(db)
    create_triggers(db)


def _text_triggers(db: Database) -> None:
    """search_text → both FTS tables (external content: they are told what was removed)."""
    add = "; ".join(
        f"INSERT INTO {t} (rowid, folded) VALUES (new.id, new.folded)" for t in FTS_TABLES
    )
    remove = "; ".join(
        f"INSERT INTO {t} ({t}, rowid, folded) VALUES ('delete', old.id, old.folded)"
        for t in FTS_TABLES
    )
    db.execute(f"CREATE TRIGGER search_text_ai AFTER INSERT ON search_text BEGIN {add}; END")
    db.execute(f"CREATE TRIGGER search_text_ad AFTER DELETE ON search_text BEGIN {remove}; END")
    db.execute(
        f"CREATE TRIGGER search_text_au AFTER UPDATE ON search_text BEGIN {remove}; {add}; END"
    )


def drop_triggers(db: Database, *, text: bool = True) -> None:
    """Remove the triggers (a bulk load drops them, fills, then ``reindex`` + ``create_triggers``)."""
    for k in KINDS:
        for suffix in ("ai", "au", "ad"):
            db.execute(f"DROP TRIGGER IF EXISTS search_{k.table}_{suffix}")
    if text:
        for suffix in ("ai", "au", "ad"):
            db.execute(f"DROP TRIGGER IF EXISTS search_text_{suffix}")


def create_triggers(db: Database) -> None:
    """(Re)create the triggers that keep the index in step with each indexed table."""
    drop_triggers(db)
    _text_triggers(db)
    for k in present(db):
        _kind_triggers(db, k)


def _kind_triggers(db: Database, k: IndexedKind) -> None:
    """The three triggers keeping one kind's rows in ``search_text``."""
    key_new, key_old = k.key_sql("new"), k.key_sql("old")
    db.execute(
        f"CREATE TRIGGER search_{k.table}_ai AFTER INSERT ON {k.table} BEGIN "
        f"INSERT INTO search_text (id, folded) "
        f"VALUES ({key_new}, mz_fold({k.expression('new')})); END"
    )
    db.execute(
        f"CREATE TRIGGER search_{k.table}_au AFTER UPDATE OF id, {', '.join(k.columns)} "
        f"ON {k.table} BEGIN DELETE FROM search_text WHERE id = {key_old}; "
        f"INSERT INTO search_text (id, folded) "
        f"VALUES ({key_new}, mz_fold({k.expression('new')})); END"
    )
    db.execute(
        f"CREATE TRIGGER search_{k.table}_ad AFTER DELETE ON {k.table} BEGIN "
        f"DELETE FROM search_text WHERE id = {key_old}; END"
    )


def reindex(db: Database) -> None:
    """Rebuild the whole index from the records (after a migration, a bulk load or a repair).

    The text table's triggers are put back as they were found (a bulk load keeps them off).
    """
    had = {
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_text'"
        ).fetchall()
    }
    for suffix in ("ai", "au", "ad"):
        db.execute(f"DROP TRIGGER IF EXISTS search_text_{suffix}")
    db.execute("DELETE FROM search_text")
    for k in present(db):
        db.execute(
            f"INSERT INTO search_text (id, folded) "
            f"SELECT {k.key_sql('t')}, mz_fold({k.expression('t')}) FROM {k.table} t"
        )
    for table in FTS_TABLES:
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
    if had:
        _text_triggers(db)
