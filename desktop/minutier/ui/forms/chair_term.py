"""The Korean word for a committee's chair in the window: 위원장 or 의장, as its house style says.

The Korean translations call the role 위원장 (the default term). Where a committee is in
context — its meetings' forms, its memberships, its attendance lists — a committee whose house
style chooses 의장 sees that word wherever the window names its chair or vice-chair (부의장),
the same word its PDFs print. Other languages are left as they are.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from minutier.core.errors import MinutierError
from minutier.core.house_style import CHAIR_TERMS_KO
from minutier.services import house_style
from minutier.store.connection import Store
from minutier.ui import i18n

DEFAULT = CHAIR_TERMS_KO[0]  # 위원장, the word of the Korean translation


def term_of(store: Store | None, committee_id: Any) -> str:
    """The committee's Korean chair term (the default when there is no committee or style)."""
    if store is None or not committee_id:
        return DEFAULT
    try:
        term = house_style.load(store, int(committee_id)).chair_term_ko
    except (MinutierError, sqlite3.Error, ValueError, TypeError):
        return DEFAULT
    return term if term in CHAIR_TERMS_KO else DEFAULT


def follow(text: str, term: str) -> str:
    """``text`` (already translated) with the chair named by ``term`` when the window is Korean."""
    if term == DEFAULT or i18n.current() != "ko":
        return text
    return text.replace(DEFAULT, term)


def for_committee(store: Store | None, committee_id: Any, text: str) -> str:
    return follow(text, term_of(store, committee_id))
