"""CSV export for spreadsheets: one UTF-8 file per kind of record, formulas neutralised.

Every file starts with a byte-order mark (so spreadsheets read Hangul and accents as UTF-8)
and uses the ``csv`` module's "excel" dialect. A text cell that a spreadsheet would run as a
formula — one starting with ``=``, ``+``, ``-`` or ``@`` (after any leading spaces or line
breaks), or with a tab or carriage return — gets a leading apostrophe, as the OWASP guidance
on CSV injection advises. A cell that is only a plain number ("-5", "1.8") is left alone, and
numbers stored as numbers (votes, meeting numbers) are written as numbers. Words a person
reads are in the register's language: figures ("jusqu’à 2 billions de wons", raw minor units in
``figures_stored``) and vocabulary codes (``status`` = ``open`` for programs, ``status_label`` =
"ouverte" for people).
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from minutier.core import enums, numbers, vocabulary
from minutier.core.errors import MinutierError
from minutier.core.figures import Figure
from minutier.services.exchange import public as public_rules
from minutier.services.exchange.files import write_atomic
from minutier.store import queries
from minutier.store.connection import Store

_FORMULA_START = frozenset("=+-@")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?", re.A)
LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class View:
    """How the files are written: the register's language, and what a public export leaves out."""

    lang: str = "fr"
    left_out: Mapping[str, set[int]] = field(default_factory=dict)

    def keep(self, table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return public_rules.keep(rows, self.left_out.get(table, set()))


def neutralise(value: Any) -> Any:
    """The cell for ``value``: text that would start a formula is prefixed with an apostrophe."""
    if value is None:
        return ""
    if not isinstance(value, str) or _PLAIN_NUMBER.fullmatch(value):
        return value
    first = value.lstrip(" \t\r\n")[:1]
    if value[:1] in ("\t", "\r") or (first and first in _FORMULA_START):
        return "'" + value
    return value


def render_figure(row: dict[str, Any], lang: str = "fr") -> str:
    """A figure as people read it, in ``lang`` (``core.numbers``, as the PDF writes it):
    "jusqu’à 2 billions de wons", "GPU supplémentaires : 8 000 GPU"."""
    return numbers.figure_line(Figure.from_row(row), lang)


def raw_figure(row: dict[str, Any]) -> str:
    """The stored values beside it: "2000000000000 KRW" (minor units), "8000 GPU"."""
    if row["kind"] == "money":
        text = f"{row['amount_minor']} {row['currency']}"
        if row["equiv_amount_minor"] is not None:
            text += f" (≈ {row['equiv_amount_minor']} {row['equiv_currency']})"
        return text
    return f"{row['quantity']} {row['unit']}"


def _figures(store: Store, column: str, view: View) -> tuple[dict[int, str], dict[int, str]]:
    """Figures of every owner of one kind, by owner id: as read, and as stored."""
    assert column in ("announcement_id", "decision_id", "initiative_id")
    read: dict[int, list[str]] = {}
    raw: dict[int, list[str]] = {}
    rows = store.query(
        f"SELECT * FROM figure WHERE {column} IS NOT NULL ORDER BY {column}, position, uuid"
    )
    for row in view.keep("figure", rows):
        read.setdefault(row[column], []).append(render_figure(row, view.lang))
        raw.setdefault(row[column], []).append(raw_figure(row))
    join = LIST_SEPARATOR.join
    return {k: join(v) for k, v in read.items()}, {k: join(v) for k, v in raw.items()}


def _initiatives(store: Store, table: str, column: str) -> dict[int, str]:
    assert (table, column) in (
        ("decision_initiative", "decision_id"),
        ("announcement_initiative", "announcement_id"),
    )
    out: dict[int, list[str]] = {}
    for row in store.query(
        f"SELECT x.{column} AS owner, i.name FROM {table} x "
        "JOIN initiative i ON i.id = x.initiative_id ORDER BY i.name, i.uuid"
    ):
        out.setdefault(row["owner"], []).append(row["name"])
    return {owner: LIST_SEPARATOR.join(names) for owner, names in out.items()}


def _meetings(store: Store, view: View) -> list[dict[str, Any]]:
    agenda: dict[int, list[str]] = {}
    items = store.query("SELECT id, meeting_id, title FROM agenda_item ORDER BY position, uuid")
    for row in view.keep("agenda_item", items):
        agenda.setdefault(row["meeting_id"], []).append(row["title"])
    rows = store.query(
        """SELECT m.*, c.code, p.name AS chair, q.name AS convener, s.name AS secretary,
                  ms.title AS series_title
           FROM meeting m JOIN committee c ON c.id = m.committee_id
           LEFT JOIN person p ON p.id = m.chair_id LEFT JOIN person q ON q.id = m.convener_id
           LEFT JOIN person s ON s.id = m.secretary_id
           LEFT JOIN meeting_series ms ON ms.id = m.series_id
           ORDER BY c.code, m.number"""
    )
    for r in rows:
        r["ref"], r["committee"] = f"{r['code']}/{r['number']}", r["code"]
        r["agenda"] = "\n".join(agenda.get(r["id"], []))
    return rows


def _decisions(store: Store, view: View) -> list[dict[str, Any]]:
    (figures, raw), initiatives = (
        _figures(store, "decision_id", view),
        _initiatives(store, "decision_initiative", "decision_id"),
    )
    rows = store.query(
        """SELECT d.*, c.code, m.number AS meeting_number, s.number AS superseded_by
           FROM decision d JOIN committee c ON c.id = d.committee_id
           LEFT JOIN meeting m ON m.id = d.meeting_id
           LEFT JOIN decision s ON s.id = d.superseded_by_id
           ORDER BY c.code, d.number"""
    )
    rows = view.keep("decision", rows)
    for r in rows:
        r["ref"], r["committee"] = f"{r['code']}-D{r['number']}", r["code"]
        r["meeting"] = f"{r['code']}/{r['meeting_number']}" if r["meeting_number"] else ""
        r["superseded_by"] = f"{r['code']}-D{r['superseded_by']}" if r["superseded_by"] else ""
        r["initiatives"] = initiatives.get(r["id"], "")
        r["figures"], r["figures_stored"] = figures.get(r["id"], ""), raw.get(r["id"], "")
    return rows


def _actions(store: Store, view: View) -> list[dict[str, Any]]:
    last_note = {
        r["action_id"]: f"{r['noted_on']}: {r['text']}"
        for r in store.query(
            "SELECT action_id, noted_on, text FROM action_note ORDER BY noted_on, uuid"
        )
    }
    rows = view.keep("action", queries.actions(store, sort="number"))
    for r in rows:
        code = r["committee_code"]
        r["ref"], r["committee"] = f"{code}-A{r['number']}", code
        r["owner"], r["initiative"] = r["owner_name"], r["initiative_name"]
        r["meeting"] = f"{code}/{r['meeting_number']}" if r["meeting_number"] else ""
        r["decision"] = f"{code}-D{r['decision_number']}" if r["decision_number"] else ""
        r["last_progress_note"] = last_note.get(r["id"], "")
    return rows


def _announcements(store: Store, view: View) -> list[dict[str, Any]]:
    figures, raw = _figures(store, "announcement_id", view)
    initiatives = _initiatives(store, "announcement_initiative", "announcement_id")
    rows = store.query(
        """SELECT a.*, c.code || '/' || m.number AS meeting, p.name AS announced_by,
                  o.name AS on_behalf_of
           FROM announcement a LEFT JOIN meeting m ON m.id = a.meeting_id
           LEFT JOIN committee c ON c.id = m.committee_id
           LEFT JOIN person p ON p.id = a.person_id
           LEFT JOIN organisation o ON o.id = a.organisation_id
           ORDER BY coalesce(a.made_on, substr(m.starts_at, 1, 10)), a.position, a.uuid"""
    )
    for r in view.keep("announcement", rows):
        r["figures"], r["figures_stored"] = figures.get(r["id"], ""), raw.get(r["id"], "")
        r["initiatives"] = initiatives.get(r["id"], "")
    return view.keep("announcement", rows)


def _initiative_rows(store: Store, view: View) -> list[dict[str, Any]]:
    figures, raw = _figures(store, "initiative_id", view)
    rows = store.query(
        """SELECT i.*, o.name AS owner, p.name AS parent FROM initiative i
           LEFT JOIN organisation o ON o.id = i.owner_organisation_id
           LEFT JOIN initiative p ON p.id = i.parent_id ORDER BY i.name, i.uuid"""
    )
    for r in rows:
        r["figures"], r["figures_stored"] = figures.get(r["id"], ""), raw.get(r["id"], "")
    return rows


def _people(store: Store, view: View) -> list[dict[str, Any]]:
    roles: dict[int, list[str]] = {}
    for r in store.query(
        """SELECT r.person_id, r.title, o.name AS organisation FROM person_role r
           LEFT JOIN organisation o ON o.id = r.organisation_id
           ORDER BY r.start_on, r.created_at, r.uuid"""
    ):
        text = f"{r['title']} ({r['organisation']})" if r["organisation"] else r["title"]
        roles.setdefault(r["person_id"], []).append(text)
    rows = store.query("SELECT * FROM person ORDER BY name, uuid")
    for r in rows:
        r["roles"] = LIST_SEPARATOR.join(roles.get(r["id"], []))
    return rows


def _organisations(store: Store, view: View) -> list[dict[str, Any]]:
    return store.query(
        """SELECT o.*, p.name AS parent FROM organisation o
           LEFT JOIN organisation p ON p.id = o.parent_id ORDER BY o.name, o.uuid"""
    )


def _committees(store: Store, view: View) -> list[dict[str, Any]]:
    return store.query(
        """SELECT c.*, p.code AS parent FROM committee c
           LEFT JOIN committee p ON p.id = c.parent_id ORDER BY c.code"""
    )


# File name → (rows, columns in order). Column names are those of the rows.
FILES: dict[str, tuple[Callable[[Store, View], list[dict[str, Any]]], Sequence[str]]] = {
    "committees.csv": (
        _committees,
        ("code", "name", "native_name", "parent", "founded_on", "language", "language_label",
         "timezone", "description", "uuid"),
    ),
    "meetings.csv": (
        _meetings,
        ("ref", "committee", "number", "title", "starts_at", "ends_at", "timezone", "place",
         "status", "status_label", "chair", "convener", "secretary", "series_title", "agenda",
         "notes", "uuid"),
    ),
    "decisions.csv": (
        _decisions,
        ("ref", "committee", "number", "meeting", "decided_on", "status", "status_label", "text",
         "votes_for", "votes_against", "votes_abstain", "superseded_by", "initiatives",
         "figures", "figures_stored", "uuid"),
    ),
    "actions.csv": (
        _actions,
        ("ref", "committee", "number", "meeting", "text", "owner", "due_on", "status",
         "status_label", "priority", "priority_label", "closed_on", "initiative", "decision",
         "last_progress_note", "uuid"),
    ),
    "initiatives.csv": (
        _initiative_rows,
        ("name", "native_name", "code", "status", "status_label", "owner", "start_on",
         "target_on", "parent", "description", "figures", "figures_stored", "uuid"),
    ),
    "announcements.csv": (
        _announcements,
        ("meeting", "made_on", "announced_by", "on_behalf_of", "text", "figures", "figures_stored",
         "initiatives", "uuid"),
    ),
    "people.csv": (_people, ("name", "native_name", "email", "roles", "notes", "uuid")),
    "organisations.csv": (
        _organisations,
        ("name", "short_name", "native_name", "kind", "kind_label", "parent", "uuid"),
    ),
}  # fmt: skip

# File name → {column holding a vocabulary code: its enum}. Each such column has a
# ``<column>_label`` beside it: the code's word in the register's language ("ouverte", "진행 중").
VOCABULARY: dict[str, dict[str, type[StrEnum]]] = {
    "committees.csv": {"language": enums.Language},
    "meetings.csv": {"status": enums.MeetingStatus},
    "decisions.csv": {"status": enums.DecisionStatus},
    "actions.csv": {"status": enums.ActionStatus, "priority": enums.Priority},
    "initiatives.csv": {"status": enums.InitiativeStatus},
    "organisations.csv": {"kind": enums.OrganisationKind},
}


def with_labels(name: str, rows: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """``rows`` with a ``<column>_label`` beside each vocabulary code of file ``name``."""
    for column, enum in VOCABULARY.get(name, {}).items():
        for row in rows:
            row[f"{column}_label"] = vocabulary.word(enum, row.get(column), lang)
    return rows


def render(rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    """CSV text (with a header row) of ``rows``, every text cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([neutralise(row.get(c)) for c in columns])
    return buffer.getvalue()


def write_csv(store: Store, path: str | os.PathLike[str], *, public: bool = False) -> list[Path]:
    """Write one CSV file per kind of record into the folder ``path`` (created if missing).

    Figures and vocabulary codes (statuses, priorities, kinds) are written in the register's
    language beside their stored values (``figures_stored``, ``status``); ``public``
    leaves confidential records out (``exchange.public``).
    """
    view = View(
        public_rules.register_language(store), public_rules.withheld(store) if public else {}
    )
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise MinutierError(
            f"Cannot write the CSV files into {folder}: {e.strerror or e}. Choose a folder."
        ) from e
    written = []
    for name, (rows_of, columns) in FILES.items():
        target = folder / name
        rows = with_labels(name, rows_of(store, view), view.lang)
        write_atomic(target, render(rows, columns), encoding="utf-8-sig")
        written.append(target)
    return written
