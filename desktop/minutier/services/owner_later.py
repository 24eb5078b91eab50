"""A live line whose ``@owner`` the register does not know, kept with the owner to resolve later.

During a meeting nobody has time to create "Ministère de l'Intérieur" properly: the line is
recorded now, without an owner, and the typed name is kept on it so nothing is lost. An
action keeps it as a progress note ``@Ministère de l'Intérieur`` (``OWNER_TO_RESOLVE_MARK``
first), which the Actions page lists under "Owner: to resolve" until an owner is set; an
announcement keeps the name in its text. One operation, one undo step.
"""

from __future__ import annotations

import re

from minutier.core import clock
from minutier.core.errors import ValidationError
from minutier.core.quick_entry import EntryKind, parse_line
from minutier.services import actions
from minutier.services.live import NAME_NOT_IN_LINE, LiveEntry, entry, record_line
from minutier.store.connection import Store
from minutier.store.queries import OWNER_TO_RESOLVE_MARK

_AT = "[@＠]"


def owner_span(line: str, name: str) -> re.Match[str] | None:
    """Where ``@name`` is in ``line`` (any @, any case, spaces as typed), or None."""
    words = [re.escape(w) for w in name.split()]
    if not words:
        return None
    pattern = _AT + r"\s*" + r"\s+".join(words) + r"(?!\w)"
    return re.search(pattern, line, flags=re.IGNORECASE)


def record_line_owner_later(
    store: Store,
    meeting_id: int,
    agenda_item_id: int | None,
    line: str,
    *,
    name: str,
) -> LiveEntry:
    """Record ``line`` without its unknown owner ``@name``, keeping the name as typed.

    Raises ``ValidationError`` (nothing saved) when ``@name`` is not in the line."""
    found = owner_span(line, name)
    if found is None:
        raise ValidationError("owner", " ".join(name.split()), NAME_NOT_IN_LINE)
    typed = " ".join(found.group(0)[1:].split())  # the name as the line has it
    kept = line[: found.start()] + typed + line[found.end() :]  # the name, without its @
    kind = parse_line(kept, today=clock.today()).kind
    with store.operation("Record line, owner to resolve", absorb=True):
        if kind != EntryKind.ACTION:  # no note on the others: the name stays in the text
            return record_line(store, meeting_id, agenda_item_id, kept)
        without = (line[: found.start()] + " " + line[found.end() :]).strip()
        recorded = record_line(store, meeting_id, agenda_item_id, without)
        actions.add_progress_note(store, recorded.id, OWNER_TO_RESOLVE_MARK + typed)
        return entry(store, recorded.table, recorded.id)
