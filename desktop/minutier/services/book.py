"""The session book of a committee's year (``pdf.book``): which meetings, in which state."""

from __future__ import annotations

from minutier.core.errors import ValidationError
from minutier.pdf.book import BookEntry, build_book
from minutier.services import lookup, minutes, minutes_content
from minutier.store.connection import Store

# Meetings that have minutes to bind: held ones (drafted or approved); planned and cancelled
# meetings have none.
_BOUND = ("held", "minutes_drafted", "minutes_approved")


def entries(store: Store, committee_id: int, year: int) -> list[BookEntry]:
    """The meetings of ``year`` in date order, each with its minutes and approved version."""
    rows = store.query(
        f"SELECT id FROM meeting WHERE committee_id = ? AND substr(starts_at, 1, 4) = ? "
        f"AND status IN ({', '.join('?' * len(_BOUND))}) ORDER BY starts_at, number",
        (committee_id, f"{year:04d}", *_BOUND),
    )
    out = []
    for row in rows:
        record = minutes.record(store, row["id"])
        version = sha = None
        if record.approval is not None:
            version = record.approval.version
            sha = store.scalar(
                "SELECT pdf_sha256 FROM minutes_version WHERE meeting_id = ? AND version = ?",
                (row["id"], version),
            )
        out.append(BookEntry(record, version, sha or ""))
    return out


def session_book(
    store: Store, committee: str | int, year: int, *, lang: str | None = None
) -> tuple[bytes, int]:
    """The session book as PDF bytes, and how many meetings it binds."""
    if not 1 <= int(year) <= 9999:
        raise ValidationError("year", year, "give a year such as 2025")
    row = lookup.committee(store, committee)
    if lang is not None and lang not in ("fr", "en", "ko"):
        raise ValidationError("language", lang, "choose fr, en or ko")
    found = entries(store, row["id"], int(year))
    info = minutes_content.committee_of(store, row["id"])
    return build_book(info, int(year), found, lang=lang), len(found)
