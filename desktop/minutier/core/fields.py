"""What each record's editable fields are and how a typed value is checked and normalised.

Services validate through ``clean``; the interface builds its forms from the same specs, so a
rule is written once. Every refusal is a ``ValidationError`` naming the field and the text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from minutier.core import controls, enums
from minutier.core.errors import ValidationError

MAX_LINE = 1_000
MAX_TEXT = 200_000
_SURROGATE = re.compile("[\ud800-\udfff]")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Field:
    """One editable column: ``kind`` decides how text typed by a person becomes a stored value."""

    name: str
    kind: str  # line, text, int, bool, date, partial_date, datetime, timezone, choice, ref, code, email, rrule, quorum
    label: str = ""
    required: bool = False
    choices: type[StrEnum] | None = None
    ref: str | None = None  # table a "ref" points to

    @property
    def title(self) -> str:
        return self.label or self.name.replace("_", " ").removesuffix(" id")


def F(name: str, kind: str = "line", label: str = "", **kw: Any) -> Field:
    return Field(name, kind, label, **kw)


SPECS: dict[str, tuple[Field, ...]] = {
    "source": (
        F("title", required=True),
        F("publisher"),
        F("url"),
        F("published_on", "date", "publication date"),
        F("kind", "choice", choices=enums.SourceKind),
        F("language"),
        F("excerpt", "text"),
    ),
    "organisation": (
        F("name", required=True),
        F("short_name", label="short name"),
        F("native_name", label="name in its own script"),
        F("kind", "choice", choices=enums.OrganisationKind),
        F("parent_id", "ref", "parent organisation", ref="organisation"),
        F("email", "email"),
    ),
    "person": (
        F("name", required=True),
        F("native_name", label="name in its own script"),
        F("email", "email"),
        F("notes", "text"),
    ),
    "person_role": (
        F("person_id", "ref", "person", required=True, ref="person"),
        F("title", required=True, label="role"),
        F("organisation_id", "ref", "organisation", ref="organisation"),
        F("start_on", "date", "from"),
        F("end_on", "date", "until"),
    ),
    "committee": (
        F("name", required=True),
        F("native_name", label="name in its own script"),
        F("code", "code", "short code", required=True),
        F("parent_id", "ref", "parent body", ref="committee"),
        F("founded_on", "partial_date", "founded"),
        F("language", "choice", "language of the minutes", choices=enums.Language),
        F("timezone", "timezone", "time zone"),
        F("description", "text"),
        F("quorum", "quorum", "quorum"),
        F("proxies", "choice", "proxies towards the quorum", choices=enums.ProxyRule),
    ),
    "membership": (
        F("committee_id", "ref", "committee", required=True, ref="committee"),
        F("person_id", "ref", "person", required=True, ref="person"),
        F("role", "choice", choices=enums.MembershipRole),
        F("start_on", "date", "from"),
        F("end_on", "date", "until"),
    ),
    "meeting_series": (
        F("committee_id", "ref", "committee", required=True, ref="committee"),
        F("title"),
        F("rrule", "rrule", "recurrence rule", required=True),
        F("dtstart", "datetime", "first meeting", required=True),
        F("timezone", "timezone", "time zone", required=True),
        F("duration_minutes", "int", "duration (minutes)"),
        F("place"),
    ),
    "meeting": (
        F("committee_id", "ref", "committee", required=True, ref="committee"),
        F("number", "int", required=True),
        F("title"),
        F("starts_at", "datetime", "start", required=True),
        F("ends_at", "datetime", "end"),
        F("timezone", "timezone", "time zone", required=True),
        F("place"),
        F("chair_id", "ref", "chair", ref="person"),
        F("convener_id", "ref", "convener", ref="person"),
        F("secretary_id", "ref", "secretary", ref="person"),
        F("status", "choice", choices=enums.MeetingStatus),
        F("series_id", "ref", "series", ref="meeting_series"),
        F("source_id", "ref", "source", ref="source"),
        F("notes", "text"),
    ),
    "attendance": (
        F("meeting_id", "ref", "meeting", required=True, ref="meeting"),
        F("person_id", "ref", "person", required=True, ref="person"),
        F("status", "choice", choices=enums.AttendanceStatus),
        F("represented_by_id", "ref", "represented by", ref="person"),
        F("capacity", label="capacity"),
        F("position", "int"),
    ),
    "agenda_item": (
        F("meeting_id", "ref", "meeting", required=True, ref="meeting"),
        F("position", "int"),
        F("title", required=True),
        F("kind", "choice", choices=enums.AgendaKind),
        F("presenter_id", "ref", "presenter", ref="person"),
        F("planned_minutes", "int", "planned minutes"),
        F("notes", "text", "discussion notes"),
        F("recurs", "choice", "recurrence", choices=enums.AgendaRecurrence),
        F("confidential", "bool"),
    ),
    "note": (
        F("meeting_id", "ref", "meeting", required=True, ref="meeting"),
        F("agenda_item_id", "ref", "agenda item", ref="agenda_item"),
        F("position", "int"),
        F("text", "text", required=True),
        F("confidential", "bool"),
    ),
    "initiative": (
        F("name", required=True),
        F("native_name", label="name in its own script"),
        F("code", label="short code"),
        F("description", "text"),
        F("owner_organisation_id", "ref", "owner", ref="organisation"),
        F("status", "choice", choices=enums.InitiativeStatus),
        F("start_on", "partial_date", "start"),
        F("target_on", "partial_date", "target"),
        F("parent_id", "ref", "parent initiative", ref="initiative"),
        F("source_id", "ref", "source", ref="source"),
    ),
    "announcement": (
        F("meeting_id", "ref", "meeting", ref="meeting"),
        F("agenda_item_id", "ref", "agenda item", ref="agenda_item"),
        F("person_id", "ref", "announced by", ref="person"),
        F("organisation_id", "ref", "on behalf of", ref="organisation"),
        F("made_on", "date", "date"),
        F("text", "text", required=True),
        F("source_id", "ref", "source", ref="source"),
        F("position", "int"),
        F("confidential", "bool"),
    ),
    "decision": (
        F("committee_id", "ref", "committee", required=True, ref="committee"),
        F("number", "int", required=True),
        F("meeting_id", "ref", "meeting", ref="meeting"),
        F("agenda_item_id", "ref", "agenda item", ref="agenda_item"),
        F("text", "text", required=True),
        F("status", "choice", choices=enums.DecisionStatus),
        F("superseded_by_id", "ref", "superseded by", ref="decision"),
        F("votes_for", "int", "votes for"),
        F("votes_against", "int", "votes against"),
        F("votes_abstain", "int", "abstentions"),
        F("decided_on", "date", "date"),
        F("source_id", "ref", "source", ref="source"),
        F("position", "int"),
        F("confidential", "bool"),
    ),
    "action": (
        F("committee_id", "ref", "committee", required=True, ref="committee"),
        F("number", "int", required=True),
        F("meeting_id", "ref", "meeting", ref="meeting"),
        F("agenda_item_id", "ref", "agenda item", ref="agenda_item"),
        F("decision_id", "ref", "decision", ref="decision"),
        F("initiative_id", "ref", "initiative", ref="initiative"),
        F("text", "text", "action", required=True),
        F("owner_person_id", "ref", "owner (person)", ref="person"),
        F("owner_organisation_id", "ref", "owner (organisation)", ref="organisation"),
        F("due_on", "date", "due date"),
        F("status", "choice", choices=enums.ActionStatus),
        F("priority", "choice", choices=enums.Priority),
        F("closed_on", "date", "closed on"),
        F("source_id", "ref", "source", ref="source"),
        F("position", "int"),
        F("confidential", "bool"),
    ),
    "action_note": (
        F("action_id", "ref", "action", required=True, ref="action"),
        F("noted_on", "date", "date", required=True),
        F("text", "text", "progress note", required=True),
        F("author"),
    ),
}


def spec(table: str, name: str) -> Field:
    for f in SPECS[table]:
        if f.name == name:
            return f
    raise KeyError(f"{table}.{name}")


_TRUE = {"1", "true", "yes", "oui", "vrai", "y", "o", "예", "네"}
_FALSE = {"0", "false", "no", "non", "faux", "n", "아니오", "아니요"}


def _bool(f: Field, value: Any) -> int:
    """A yes/no field as stored (0 or 1): true/false, 1/0, yes/no, oui/non, 예/아니오."""
    if isinstance(value, bool) or value in (0, 1):
        return int(value)
    text = str(value).strip().casefold()
    if text in _TRUE:
        return 1
    if text in _FALSE:
        return 0
    raise ValidationError(f.title, value, "answer yes or no")


def clean_value(f: Field, value: Any, *, today: dt.date) -> Any:
    """Check one value for field ``f``; return what is stored (None for an empty optional)."""
    from minutier.core import dates  # dateutil is only loaded when a date is typed

    if isinstance(value, str):
        value = value.strip() if f.kind != "text" else value.strip("\n\r\t ")
        if _SURROGATE.search(value):  # broken UTF-16: SQLite cannot store it as text
            raise ValidationError(f.title, value, "this text holds characters that are not valid")
    empty = value is None or value == ""
    if empty:
        if f.required:
            raise ValidationError(f.title, "", "this field is required")
        return "" if f.kind in ("line", "text", "email", "code", "quorum") else None
    if f.kind == "bool":
        return _bool(f, value)
    if f.kind in ("line", "text", "email", "code", "rrule", "timezone") and not isinstance(
        value, str
    ):
        raise ValidationError(f.title, value, "this must be text")
    if f.kind not in ("line", "text") and isinstance(value, str) and controls.has_forbidden(value):
        raise ValidationError(f.title, value, "this text holds invisible control characters")
    if f.kind in ("line", "text"):
        limit = MAX_LINE if f.kind == "line" else MAX_TEXT
        if f.kind == "line":
            value = " ".join(value.split())
        if controls.has_forbidden(value):  # C0, C1, bidirectional overrides
            raise ValidationError(f.title, value, "this text holds invisible control characters")
        if len(value) > limit:
            raise ValidationError(f.title, value, f"this is longer than {limit:,} characters")
        return value
    if f.kind == "code":
        if not _CODE.match(value):
            raise ValidationError(
                f.title, value, "use 1 to 32 letters, digits, dots, dashes or underscores"
            )
        return value
    if f.kind == "email":
        if not _EMAIL.match(value) or len(value) > 254:
            raise ValidationError(f.title, value, "this is not an e-mail address")
        return value
    if f.kind in ("int", "ref"):
        if isinstance(value, bool):
            raise ValidationError(f.title, value, "this must be a whole number")
        # isdecimal, not isdigit: "¹" is a digit that int() refuses (found by fuzzing)
        if isinstance(value, str) and value.lstrip("-").isdecimal():
            value = int(value)
        if not isinstance(value, int):
            raise ValidationError(f.title, value, "this must be a whole number")
        if value < 0 or (f.kind == "ref" and value == 0) or value > 2**53:
            raise ValidationError(f.title, value, "this must be a positive whole number")
        return value
    if f.kind == "choice":
        assert f.choices is not None
        try:
            return str(f.choices(str(value)))
        except ValueError:
            allowed = ", ".join(c.value for c in f.choices)
            raise ValidationError(f.title, value, f"choose one of: {allowed}") from None
    if f.kind == "date":
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        return dates.parse_due_date(str(value), today=today, field=f.title).isoformat()
    if f.kind == "partial_date":
        return dates.parse_partial_date(str(value), field=f.title)
    if f.kind == "datetime":
        if isinstance(value, dt.datetime):
            parsed = value.replace(tzinfo=None)
        else:
            parsed = dates.parse_local_datetime(str(value), today=today, field=f.title)
        return parsed.isoformat(timespec="minutes")
    if f.kind == "timezone":
        return dates.validate_timezone(value, field=f.title)
    if f.kind == "rrule":
        return dates.validate_rrule(value, field=f.title)
    if f.kind == "quorum":
        from minutier.core.quorum import parse_rule

        return parse_rule(str(value), f.title)
    raise AssertionError(f"unknown field kind {f.kind}")


def clean(
    table: str, values: Mapping[str, Any], *, today: dt.date, partial: bool = False
) -> dict[str, Any]:
    """Validate ``values`` for ``table``; with ``partial`` only the given fields are checked."""
    known = {f.name: f for f in SPECS[table]}
    unknown = set(values) - set(known)
    if unknown:
        raise ValidationError(", ".join(sorted(unknown)), "", f"not a field of {table}")
    out: dict[str, Any] = {}
    for name, f in known.items():
        if name in values:
            out[name] = clean_value(f, values[name], today=today)
        elif f.required and not partial:
            raise ValidationError(f.title, "", "this field is required")
    return out
