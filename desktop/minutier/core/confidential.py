"""The public edition of minutes: confidential records left out, numbering unchanged.

Minutes render in two editions from one record. The *internal* edition prints everything and
marks confidential parts; the *public* one leaves them out — a confidential agenda item with
all it contains, or a single note, announcement, decision or action — keeps the numbers of
what remains (item 4 stays item 4 after item 3 is withheld; decision no. 5 stays no. 5) and
says how many records were not published (``MinutesRecord.withheld``).
"""

from __future__ import annotations

from dataclasses import replace

from minutier.core.minutes_record import AgendaItem, MinutesRecord

INTERNAL = "internal"
PUBLIC = "public"
EDITIONS = (INTERNAL, PUBLIC)


def _public_item(item: AgendaItem) -> tuple[AgendaItem, int]:
    kept_notes = tuple(n for n in item.timed_notes if not n.confidential)
    kept_ann = tuple(a for a in item.announcements if not a.confidential)
    kept_dec = tuple(d for d in item.decisions if not d.confidential)
    kept_act = tuple(a for a in item.actions if not a.confidential)
    withheld = (
        len(item.timed_notes)
        - len(kept_notes)
        + len(item.announcements)
        - len(kept_ann)
        + len(item.decisions)
        - len(kept_dec)
        + len(item.actions)
        - len(kept_act)
    )
    kept = replace(
        item,
        timed_notes=kept_notes,
        announcements=kept_ann,
        decisions=kept_dec,
        actions=kept_act,
    )
    return kept, withheld


def public(record: MinutesRecord) -> MinutesRecord:
    """``record`` as its public edition (see the module docstring)."""
    withheld = 0
    agenda = []
    for item in record.agenda:
        if item.confidential:
            withheld += 1
            continue
        kept, n = _public_item(item)
        withheld += n
        agenda.append(kept)
    other = record.other
    if other is not None:
        other, n = _public_item(other)
        withheld += n
        other = None if other.is_empty else other
    # Files attached to a withheld item or decision are withheld with it.
    hidden_items = {i.position for i in record.agenda if i.confidential}
    kept_decisions = {d.number for i in (*agenda, *([other] if other else [])) for d in i.decisions}
    all_decisions = {d.number for i in record.items for d in i.decisions}
    hidden_decisions = all_decisions - kept_decisions
    files = tuple(
        f
        for f in getattr(record, "attachments", ())
        if f.item not in hidden_items and f.decision not in hidden_decisions
    )
    withheld += len(getattr(record, "attachments", ())) - len(files)
    extra = {"attachments": files} if hasattr(record, "attachments") else {}
    return replace(
        record, agenda=tuple(agenda), other=other, edition=PUBLIC, withheld=withheld, **extra
    )


def edition(record: MinutesRecord, name: str) -> MinutesRecord:
    """The record as edition ``name`` ("internal" or "public")."""
    if name not in EDITIONS:
        raise ValueError(f"unknown edition {name!r}")
    return public(record) if name == PUBLIC else record


def has_confidential(record: MinutesRecord) -> bool:
    return public(record).withheld > 0
