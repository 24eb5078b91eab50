"""Translated names of the register's fields and of the values of its closed vocabularies.

``core.fields`` names fields in English for error messages ("due date"); the interface shows
them through Qt's translation. Every string is listed literally (``QT_TRANSLATE_NOOP``) so
``pyside6-lupdate`` finds it; a test checks no field title or enum value is missing.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from minutier.core.fields import Field

FIELDS = "RecordFields"
CHOICES = "RecordChoices"

# Keyed by Field.title (the English name errors use).
FIELD_LABELS: dict[str, str] = {
    "abstentions": QT_TRANSLATE_NOOP("RecordFields", "Abstentions"),
    "action": QT_TRANSLATE_NOOP("RecordFields", "Action"),
    "agenda item": QT_TRANSLATE_NOOP("RecordFields", "Agenda item"),
    "amendment date": QT_TRANSLATE_NOOP("RecordFields", "Amendment date"),
    "approval date": QT_TRANSLATE_NOOP("RecordFields", "Approval date"),
    "approving meeting": QT_TRANSLATE_NOOP("RecordFields", "Approving meeting"),
    "announced by": QT_TRANSLATE_NOOP("RecordFields", "Announced by"),
    "author": QT_TRANSLATE_NOOP("RecordFields", "Author"),
    "capacity": QT_TRANSLATE_NOOP("RecordFields", "Capacity"),
    "chair": QT_TRANSLATE_NOOP("RecordFields", "Chair"),
    "closed on": QT_TRANSLATE_NOOP("RecordFields", "Closed on"),
    "committee": QT_TRANSLATE_NOOP("RecordFields", "Committee"),
    "convener": QT_TRANSLATE_NOOP("RecordFields", "Convener"),
    "date": QT_TRANSLATE_NOOP("RecordFields", "Date"),
    "decision": QT_TRANSLATE_NOOP("RecordFields", "Decision"),
    "description": QT_TRANSLATE_NOOP("RecordFields", "Description"),
    "discussion notes": QT_TRANSLATE_NOOP("RecordFields", "Discussion notes"),
    "due date": QT_TRANSLATE_NOOP("RecordFields", "Due date"),
    "duration (minutes)": QT_TRANSLATE_NOOP("RecordFields", "Duration (minutes)"),
    "email": QT_TRANSLATE_NOOP("RecordFields", "E-mail"),
    "end": QT_TRANSLATE_NOOP("RecordFields", "End"),
    "excerpt": QT_TRANSLATE_NOOP("RecordFields", "Excerpt"),
    "first meeting": QT_TRANSLATE_NOOP("RecordFields", "First meeting"),
    "founded": QT_TRANSLATE_NOOP("RecordFields", "Founded"),
    "from": QT_TRANSLATE_NOOP("RecordFields", "From"),
    "initiative": QT_TRANSLATE_NOOP("RecordFields", "Initiative"),
    "kind": QT_TRANSLATE_NOOP("RecordFields", "Kind"),
    "language": QT_TRANSLATE_NOOP("RecordFields", "Language"),
    "language of the minutes": QT_TRANSLATE_NOOP("RecordFields", "Language of the minutes"),
    "meeting": QT_TRANSLATE_NOOP("RecordFields", "Meeting"),
    "name": QT_TRANSLATE_NOOP("RecordFields", "Name"),
    "name in its own script": QT_TRANSLATE_NOOP("RecordFields", "Name in its own script"),
    "notes": QT_TRANSLATE_NOOP("RecordFields", "Notes"),
    "number": QT_TRANSLATE_NOOP("RecordFields", "Number"),
    "on behalf of": QT_TRANSLATE_NOOP("RecordFields", "On behalf of"),
    "organisation": QT_TRANSLATE_NOOP("RecordFields", "Organisation"),
    "owner": QT_TRANSLATE_NOOP("RecordFields", "Owner"),
    "owner (organisation)": QT_TRANSLATE_NOOP("RecordFields", "Owner (organisation)"),
    "owner (person)": QT_TRANSLATE_NOOP("RecordFields", "Owner (person)"),
    "parent body": QT_TRANSLATE_NOOP("RecordFields", "Parent body"),
    "parent initiative": QT_TRANSLATE_NOOP("RecordFields", "Parent initiative"),
    "paper": QT_TRANSLATE_NOOP("RecordFields", "Paper"),
    "confidential": QT_TRANSLATE_NOOP("RecordFields", "Confidential (left out of public minutes)"),
    "parent organisation": QT_TRANSLATE_NOOP("RecordFields", "Parent organisation"),
    "person": QT_TRANSLATE_NOOP("RecordFields", "Person"),
    "place": QT_TRANSLATE_NOOP("RecordFields", "Place"),
    "planned minutes": QT_TRANSLATE_NOOP("RecordFields", "Planned minutes"),
    "position": QT_TRANSLATE_NOOP("RecordFields", "Position"),
    "presenter": QT_TRANSLATE_NOOP("RecordFields", "Presenter"),
    "priority": QT_TRANSLATE_NOOP("RecordFields", "Priority"),
    "progress note": QT_TRANSLATE_NOOP("RecordFields", "Progress note"),
    "publication date": QT_TRANSLATE_NOOP("RecordFields", "Publication date"),
    "publisher": QT_TRANSLATE_NOOP("RecordFields", "Publisher"),
    "reason": QT_TRANSLATE_NOOP("RecordFields", "Reason"),
    "recurrence rule": QT_TRANSLATE_NOOP("RecordFields", "Recurrence rule"),
    "represented by": QT_TRANSLATE_NOOP("RecordFields", "Represented by"),
    "role": QT_TRANSLATE_NOOP("RecordFields", "Role"),
    "secretary": QT_TRANSLATE_NOOP("RecordFields", "Secretary"),
    "series": QT_TRANSLATE_NOOP("RecordFields", "Series"),
    "short code": QT_TRANSLATE_NOOP("RecordFields", "Short code"),
    "short name": QT_TRANSLATE_NOOP("RecordFields", "Short name"),
    "source": QT_TRANSLATE_NOOP("RecordFields", "Source"),
    "start": QT_TRANSLATE_NOOP("RecordFields", "Start"),
    "status": QT_TRANSLATE_NOOP("RecordFields", "Status"),
    "superseded by": QT_TRANSLATE_NOOP("RecordFields", "Superseded by"),
    "target": QT_TRANSLATE_NOOP("RecordFields", "Target"),
    "text": QT_TRANSLATE_NOOP("RecordFields", "Text"),
    "time zone": QT_TRANSLATE_NOOP("RecordFields", "Time zone"),
    "title": QT_TRANSLATE_NOOP("RecordFields", "Title"),
    "until": QT_TRANSLATE_NOOP("RecordFields", "Until"),
    "url": QT_TRANSLATE_NOOP("RecordFields", "Web address"),
    "votes against": QT_TRANSLATE_NOOP("RecordFields", "Votes against"),
    "votes for": QT_TRANSLATE_NOOP("RecordFields", "Votes for"),
    # Names used by figures and quick entry (not fields of a table)
    "quantity": QT_TRANSLATE_NOOP("RecordFields", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("RecordFields", "Unit"),
    "amount": QT_TRANSLATE_NOOP("RecordFields", "Amount"),
    "currency": QT_TRANSLATE_NOOP("RecordFields", "Currency"),
    "equivalent amount": QT_TRANSLATE_NOOP("RecordFields", "Equivalent amount"),
    "equivalent currency": QT_TRANSLATE_NOOP("RecordFields", "Equivalent currency"),
    "label": QT_TRANSLATE_NOOP("RecordFields", "Label"),
    "qualifier": QT_TRANSLATE_NOOP("RecordFields", "Qualifier"),
    "quorum": QT_TRANSLATE_NOOP("RecordFields", "Quorum"),
    "recurrence": QT_TRANSLATE_NOOP("RecordFields", "Recurrence"),
    "proxies towards the quorum": QT_TRANSLATE_NOOP("RecordFields", "Proxies towards the quorum"),
}

# Keyed by (enum class name, value).
CHOICE_LABELS: dict[tuple[str, str], str] = {
    ("ProxyRule", "count"): QT_TRANSLATE_NOOP("RecordChoices", "Count"),
    ("AgendaRecurrence", "once"): QT_TRANSLATE_NOOP("RecordChoices", "This meeting only"),
    ("AgendaRecurrence", "standing"): QT_TRANSLATE_NOOP("RecordChoices", "Standing item"),
    ("ProxyRule", "exclude"): QT_TRANSLATE_NOOP("RecordChoices", "Do not count"),
    ("ConfirmationKind", "confirm"): QT_TRANSLATE_NOOP("RecordChoices", "Confirmed"),
    ("ConfirmationKind", "comment"): QT_TRANSLATE_NOOP("RecordChoices", "Comment"),
    ("Language", "fr"): QT_TRANSLATE_NOOP("RecordChoices", "French"),
    ("Language", "en"): QT_TRANSLATE_NOOP("RecordChoices", "English"),
    ("Language", "ko"): QT_TRANSLATE_NOOP("RecordChoices", "Korean"),
    ("MeetingStatus", "planned"): QT_TRANSLATE_NOOP("RecordChoices", "Planned"),
    ("MeetingStatus", "held"): QT_TRANSLATE_NOOP("RecordChoices", "Held"),
    ("MeetingStatus", "minutes_drafted"): QT_TRANSLATE_NOOP("RecordChoices", "Minutes drafted"),
    ("MeetingStatus", "minutes_approved"): QT_TRANSLATE_NOOP("RecordChoices", "Minutes approved"),
    ("MeetingStatus", "cancelled"): QT_TRANSLATE_NOOP("RecordChoices", "Cancelled"),
    ("AttendanceStatus", "present"): QT_TRANSLATE_NOOP("RecordChoices", "Present"),
    ("AttendanceStatus", "absent"): QT_TRANSLATE_NOOP("RecordChoices", "Absent"),
    ("AttendanceStatus", "excused"): QT_TRANSLATE_NOOP("RecordChoices", "Excused"),
    ("AttendanceStatus", "represented"): QT_TRANSLATE_NOOP("RecordChoices", "Represented"),
    ("MembershipRole", "chair"): QT_TRANSLATE_NOOP("RecordChoices", "Chair"),
    ("MembershipRole", "vice_chair"): QT_TRANSLATE_NOOP("RecordChoices", "Vice-chair"),
    ("MembershipRole", "member"): QT_TRANSLATE_NOOP("RecordChoices", "Member"),
    ("MembershipRole", "secretary"): QT_TRANSLATE_NOOP("RecordChoices", "Secretary"),
    ("MembershipRole", "observer"): QT_TRANSLATE_NOOP("RecordChoices", "Observer"),
    ("AgendaKind", "item"): QT_TRANSLATE_NOOP("RecordChoices", "Item"),
    ("AgendaKind", "review_of_actions"): QT_TRANSLATE_NOOP("RecordChoices", "Review of actions"),
    ("DecisionStatus", "adopted"): QT_TRANSLATE_NOOP("RecordChoices", "Adopted"),
    ("DecisionStatus", "rejected"): QT_TRANSLATE_NOOP("RecordChoices", "Rejected"),
    ("DecisionStatus", "deferred"): QT_TRANSLATE_NOOP("RecordChoices", "Deferred"),
    ("DecisionStatus", "superseded"): QT_TRANSLATE_NOOP("RecordChoices", "Superseded"),
    ("InitiativeStatus", "proposed"): QT_TRANSLATE_NOOP("RecordChoices", "Proposed"),
    ("InitiativeStatus", "active"): QT_TRANSLATE_NOOP("RecordChoices", "Active"),
    ("InitiativeStatus", "on_hold"): QT_TRANSLATE_NOOP("RecordChoices", "On hold"),
    ("InitiativeStatus", "completed"): QT_TRANSLATE_NOOP("RecordChoices", "Completed"),
    ("InitiativeStatus", "cancelled"): QT_TRANSLATE_NOOP("RecordChoices", "Cancelled"),
    ("ActionStatus", "open"): QT_TRANSLATE_NOOP("RecordChoices", "Open"),
    ("ActionStatus", "in_progress"): QT_TRANSLATE_NOOP("RecordChoices", "In progress"),
    ("ActionStatus", "done"): QT_TRANSLATE_NOOP("RecordChoices", "Done"),
    ("ActionStatus", "cancelled"): QT_TRANSLATE_NOOP("RecordChoices", "Cancelled"),
    ("ActionStatus", "blocked"): QT_TRANSLATE_NOOP("RecordChoices", "Blocked"),
    ("Priority", "low"): QT_TRANSLATE_NOOP("RecordChoices", "Low"),
    ("Priority", "normal"): QT_TRANSLATE_NOOP("RecordChoices", "Normal"),
    ("Priority", "high"): QT_TRANSLATE_NOOP("RecordChoices", "High"),
    ("Priority", "urgent"): QT_TRANSLATE_NOOP("RecordChoices", "Urgent"),
    ("OrganisationKind", "ministry"): QT_TRANSLATE_NOOP("RecordChoices", "Ministry"),
    ("OrganisationKind", "agency"): QT_TRANSLATE_NOOP("RecordChoices", "Agency"),
    ("OrganisationKind", "company"): QT_TRANSLATE_NOOP("RecordChoices", "Company"),
    ("OrganisationKind", "university"): QT_TRANSLATE_NOOP("RecordChoices", "University"),
    ("OrganisationKind", "committee"): QT_TRANSLATE_NOOP("RecordChoices", "Committee"),
    ("OrganisationKind", "media"): QT_TRANSLATE_NOOP("RecordChoices", "Media"),
    ("OrganisationKind", "other"): QT_TRANSLATE_NOOP("RecordChoices", "Other"),
    ("SourceKind", "article"): QT_TRANSLATE_NOOP("RecordChoices", "Article"),
    ("SourceKind", "document"): QT_TRANSLATE_NOOP("RecordChoices", "Document"),
    ("SourceKind", "other"): QT_TRANSLATE_NOOP("RecordChoices", "Other"),
    ("FigureKind", "quantity"): QT_TRANSLATE_NOOP("RecordChoices", "Quantity"),
    ("FigureKind", "money"): QT_TRANSLATE_NOOP("RecordChoices", "Amount of money"),
    ("FigureQualifier", "exact"): QT_TRANSLATE_NOOP("RecordChoices", "Exactly"),
    ("FigureQualifier", "about"): QT_TRANSLATE_NOOP("RecordChoices", "About"),
    ("FigureQualifier", "up_to"): QT_TRANSLATE_NOOP("RecordChoices", "Up to"),
    ("FigureQualifier", "at_least"): QT_TRANSLATE_NOOP("RecordChoices", "At least"),
    ("FigureQualifier", "target"): QT_TRANSLATE_NOOP("RecordChoices", "Target"),
    ("MinutesStatus", "draft"): QT_TRANSLATE_NOOP("RecordChoices", "Draft"),
    ("MinutesStatus", "approved"): QT_TRANSLATE_NOOP("RecordChoices", "Approved"),
}


def field_label(f: Field | str) -> str:
    """The translated label of a field (or of a name an error uses, such as "unit")."""
    title = f if isinstance(f, str) else f.title
    source = FIELD_LABELS.get(title)
    if source is None:
        return title[:1].upper() + title[1:]
    return QCoreApplication.translate(FIELDS, source)


def choice_said(enum: StrEnum) -> str:
    """``choice_label`` that says itself again after a language switch (for undo steps)."""
    source = CHOICE_LABELS.get((type(enum).__name__, str(enum)))
    if source is None:
        return choice_label(enum)
    from minutier.ui.steps import Said  # ui.steps imports nothing of ours

    return Said(CHOICES, source)


def choice_label(enum: type[StrEnum] | StrEnum, value: str | None = None) -> str:
    """The translated label of a vocabulary value: ``choice_label(ActionStatus.DONE)``."""
    if isinstance(enum, StrEnum):
        cls_name, value = type(enum).__name__, str(enum)
    else:
        cls_name = enum.__name__
    source = CHOICE_LABELS.get((cls_name, str(value)))
    if source is None:
        return str(value or "").replace("_", " ")
    return QCoreApplication.translate(CHOICES, source)
