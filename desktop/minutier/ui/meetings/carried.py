"""The open actions a review item carries, as lines a person reads (agenda view, live mode)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from minutier.services import carry_over
from minutier.store.connection import Store
from minutier.ui.forms import localized


def line(action: dict[str, Any], today_iso: str) -> str:
    """'CSIIA-1 · Présenter le plan · MSIT · due 31 March 2025 (overdue)'."""
    parts = [action["ref"], action["text"]]
    if action["owner"]:
        parts.append(action["owner"])
    if action["due_on"]:
        due = QCoreApplication.translate("CarriedActions", "due %1").replace(
            "%1", localized.long_date(action["due_on"])
        )
        if action["due_on"] < today_iso:
            due += " " + QCoreApplication.translate("CarriedActions", "(overdue)")
        parts.append(due)
    return " · ".join(parts)


def lines(store: Store, meeting_id: int, today_iso: str) -> list[str]:
    """One line per open action carried to the meeting."""
    return [line(a, today_iso) for a in carry_over.carried_actions(store, meeting_id)]
