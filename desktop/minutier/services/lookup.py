"""Finding records from what a person types: an id, a CODE/NUMBER reference, or a name.

Names match without regard to accents or case ("ministere des sciences" finds "Ministère des
Sciences et des TIC"); an exact match wins over a partial one; several partial matches are an
``Ambiguous`` error listing them rather than a guess.
"""

from __future__ import annotations

from typing import Any

from minutier.core.errors import Ambiguous, NotFound
from minutier.core.text import fold
from minutier.store.connection import Store

SQLITE_MAX = 2**63 - 1  # the largest integer SQLite stores; a larger one matches nothing


def whole(text: str) -> int | None:
    """``text`` as a whole number SQLite can compare (ASCII digits, at most 2**63 - 1), or None."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()):
        return None
    value = int(text)
    return value if value <= SQLITE_MAX else None


def _by_id(store: Store, table: str, text: str) -> dict[str, Any] | None:
    number = whole(text)
    if number is None:
        return None
    return store.query_one(f"SELECT * FROM {table} WHERE id = ?", (number,))


def _pick(kind: str, ref: str, rows: list[dict[str, Any]], names: tuple[str, ...]) -> dict:
    wanted = fold(ref).strip()
    if not wanted:
        raise NotFound(kind, ref)
    exact, partial = [], []
    for row in rows:
        candidates = [fold(row.get(n) or "") for n in names]
        if wanted in candidates:
            exact.append(row)
        elif any(wanted in c for c in candidates if c):
            partial.append(row)
    found = exact or partial
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound(kind, ref)
    raise Ambiguous(kind, ref, [str(r.get(names[0])) for r in found])


def committee(store: Store, ref: str | int) -> dict[str, Any]:
    """A committee by id, short code or name."""
    text = str(ref).strip()
    row = _by_id(store, "committee", text)
    if row:
        return row
    row = store.query_one("SELECT * FROM committee WHERE code = ? COLLATE NOCASE", (text,))
    if row:
        return row
    return _pick("committee", text, store.query("SELECT * FROM committee"), ("name", "native_name"))


def meeting(store: Store, ref: str | int) -> dict[str, Any]:
    """A meeting by ``CODE/NUMBER``, by its number alone when one committee only has it, or by
    id when ``ref`` is a Python ``int`` (from the program, never typed).

    A bare number typed by a person ("3") is the meeting number, as printed on the minutes;
    when several committees have a meeting with that number, ``Ambiguous`` lists them.
    """
    if isinstance(ref, int) and not isinstance(ref, bool):
        row = (
            store.query_one("SELECT * FROM meeting WHERE id = ?", (ref,))
            if ref <= SQLITE_MAX
            else None
        )
        if row is None:
            raise NotFound("meeting", ref)
        return row
    text = str(ref).strip()
    if "/" in text:
        code, _, number_text = text.rpartition("/")
        number = whole(number_text)
        if number is not None:
            row = store.query_one(
                "SELECT m.* FROM meeting m JOIN committee c ON c.id = m.committee_id "
                "WHERE c.code = ? COLLATE NOCASE AND m.number = ?",
                (code.strip(), number),
            )
            if row:
                return row
        raise NotFound("meeting", text)
    number = whole(text)
    if number is not None:
        rows = store.query(
            "SELECT m.*, c.code AS _code FROM meeting m JOIN committee c ON c.id = m.committee_id "
            "WHERE m.number = ? ORDER BY c.code",
            (number,),
        )
        if len(rows) == 1:
            rows[0].pop("_code")
            return rows[0]
        if rows:
            raise Ambiguous("meeting", text, [f"{r['_code']}/{number}" for r in rows])
    raise NotFound("meeting", text)


def meeting_ref(store: Store, meeting_id: int) -> str:
    """The ``CODE/NUMBER`` reference of a meeting."""
    row = store.query_one(
        "SELECT c.code, m.number FROM meeting m JOIN committee c ON c.id = m.committee_id "
        "WHERE m.id = ?",
        (meeting_id,),
    )
    if row is None:
        raise NotFound("meeting", meeting_id)
    return f"{row['code']}/{row['number']}"


def initiative(store: Store, ref: str | int) -> dict[str, Any]:
    """An initiative by id, short code or name."""
    text = str(ref).strip()
    row = _by_id(store, "initiative", text)
    if row:
        return row
    rows = store.query("SELECT * FROM initiative")
    return _pick("initiative", text, rows, ("code", "name", "native_name"))


def person(store: Store, ref: str | int) -> dict[str, Any]:
    text = str(ref).strip()
    row = _by_id(store, "person", text)
    if row:
        return row
    return _pick("person", text, store.query("SELECT * FROM person"), ("name", "native_name"))


def organisation(store: Store, ref: str | int) -> dict[str, Any]:
    text = str(ref).strip()
    row = _by_id(store, "organisation", text)
    if row:
        return row
    rows = store.query("SELECT * FROM organisation")
    return _pick("organisation", text, rows, ("name", "short_name", "native_name"))


def owner(store: Store, ref: str) -> tuple[str, dict[str, Any]]:
    """A person or an organisation by name: ``("person", row)`` or ``("organisation", row)``."""
    rows = [{**r, "_kind": "person"} for r in store.query("SELECT * FROM person")]
    rows += [{**r, "_kind": "organisation"} for r in store.query("SELECT * FROM organisation")]
    row = _pick("person or organisation", ref, rows, ("name", "native_name", "short_name"))
    return row.pop("_kind"), row


def owner_names(store: Store) -> list[tuple[str, str, int]]:
    """Every name an owner can be typed as: (name, "person"|"organisation", id)."""
    out: list[tuple[str, str, int]] = []
    for r in store.query("SELECT id, name, native_name FROM person"):
        out += [(n, "person", r["id"]) for n in (r["name"], r["native_name"]) if n]
    for r in store.query("SELECT id, name, short_name, native_name FROM organisation"):
        out += [
            (n, "organisation", r["id"])
            for n in (r["name"], r["short_name"], r["native_name"])
            if n
        ]
    return out
