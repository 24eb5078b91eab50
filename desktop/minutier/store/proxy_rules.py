"""Proxies the register refuses by itself: a member marked excused or absent cannot hold one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type only: sqlite-utils is not imported at start-up
    from sqlite_utils import Database

MESSAGE = "CHECK constraint failed: a member marked excused or absent cannot hold a proxy"

_HOLDER_AWAY = (
    "EXISTS (SELECT 1 FROM attendance h WHERE h.meeting_id = NEW.meeting_id "
    "AND h.person_id = NEW.represented_by_id AND h.status IN ('excused', 'absent'))"
)
_HOLDS_PROXIES = (
    "EXISTS (SELECT 1 FROM attendance r WHERE r.meeting_id = NEW.meeting_id "
    "AND r.represented_by_id = NEW.person_id AND r.id <> NEW.id)"
)


def statements() -> list[str]:
    """The CREATE TRIGGER statements, in a stable order."""
    refuse = f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    out = []
    for event in ("INSERT", "UPDATE"):
        out.append(
            f"CREATE TRIGGER proxy_holder_present_{event.lower()} BEFORE {event} ON attendance "
            f"WHEN NEW.represented_by_id IS NOT NULL AND {_HOLDER_AWAY} {refuse}"
        )
        out.append(
            f"CREATE TRIGGER proxy_holder_stays_{event.lower()} BEFORE {event} ON attendance "
            f"WHEN NEW.status IN ('excused', 'absent') AND {_HOLDS_PROXIES} {refuse}"
        )
    return out


def trigger_names() -> list[str]:
    return [s.split()[2] for s in statements()]


def create_triggers(db: Database) -> None:
    """(Re)create the proxy triggers."""
    for name in trigger_names():
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in statements():
        db.execute(statement)
