"""What a public export leaves out, and the language the exports speak.

A public export (``export --public``) leaves out every record marked confidential and what
belongs to it: a confidential agenda item's notes, announcements, decisions and actions; a
left-out announcement's or decision's figures and initiative links; a left-out action's
progress notes. References from a kept record to a left-out one are emptied, and archived
minutes keep only their public edition. The exports write their words (figure qualifiers,
"Owner:") in the register's language: that of most of its committees.
"""

from __future__ import annotations

from typing import Any

from minutier.core import vocabulary
from minutier.core.enums import ActionStatus
from minutier.store.connection import Store

CONFIDENTIAL_TABLES = ("agenda_item", "note", "announcement", "decision", "action")
# child table → (column, parent table): left out with its parent
_CHILDREN = (
    ("note", "agenda_item_id", "agenda_item"),
    ("announcement", "agenda_item_id", "agenda_item"),
    ("decision", "agenda_item_id", "agenda_item"),
    ("action", "agenda_item_id", "agenda_item"),
    ("figure", "announcement_id", "announcement"),
    ("figure", "decision_id", "decision"),
    ("announcement_initiative", "announcement_id", "announcement"),
    ("decision_initiative", "decision_id", "decision"),
    ("action_note", "action_id", "action"),
)
# Minutes versions: the internal edition is not public.
INTERNAL_ONLY = {"minutes_version": ("pdf", "pdf_sha256")}


def _has_marks(store: Store) -> bool:
    columns = {r["name"] for r in store.query("PRAGMA table_info(decision)")}
    return "confidential" in columns


def withheld(store: Store) -> dict[str, set[int]]:
    """Ids of the records a public export leaves out, by table."""
    out: dict[str, set[int]] = {}
    if not _has_marks(store):
        return out
    for table in CONFIDENTIAL_TABLES:
        ids = store.conn.execute(f"SELECT id FROM {table} WHERE confidential = 1").fetchall()
        out[table] = {r[0] for r in ids}
    for child, column, parent in _CHILDREN:
        parents = out.get(parent)
        if not parents:
            continue
        marks = ", ".join("?" * len(parents))
        rows = store.conn.execute(
            f"SELECT id FROM {child} WHERE {column} IN ({marks})", sorted(parents)
        ).fetchall()
        out.setdefault(child, set()).update(r[0] for r in rows)
    return {t: ids for t, ids in out.items() if ids}


def keep(rows: list[dict[str, Any]], left_out: set[int]) -> list[dict[str, Any]]:
    return [r for r in rows if r["id"] not in left_out]


def register_language(store: Store) -> str:
    """The language of most committees of the register (French when there is none)."""
    row = store.query_one(
        "SELECT language, count(*) AS n FROM committee GROUP BY language "
        "ORDER BY n DESC, language LIMIT 1"
    )
    lang = row["language"] if row else "fr"
    return lang if lang in ("fr", "en", "ko") else "en"


WORDS = {
    "fr": {"owner": "Responsable", "meeting": "Réunion", "initiative": "Initiative",
           "confidential": "Confidentiel"},
    "en": {"owner": "Owner", "meeting": "Meeting", "initiative": "Initiative",
           "confidential": "Confidential"},
    "ko": {"owner": "담당", "meeting": "회의", "initiative": "사업",
           "confidential": "대외비"},
}  # fmt: skip


def status_word(lang: str, status: str) -> str:
    """An action's status as the PDFs print it, capitalised ("Bloquée", "중단")."""
    word = vocabulary.word(ActionStatus, status, lang)
    return word[:1].upper() + word[1:]


def labelled(lang: str, key: str, value: str) -> str:
    """ "Responsable : X" / "Owner: X" / "담당: X"."""
    colon = "\u00a0:" if lang == "fr" else ":"
    return f"{WORDS[lang][key]}{colon} {value}"
