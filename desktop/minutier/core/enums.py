"""The closed vocabularies of the register (statuses, roles, kinds), as stored in the file."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    FR = "fr"
    EN = "en"
    KO = "ko"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    MINUTES_DRAFTED = "minutes_drafted"
    MINUTES_APPROVED = "minutes_approved"
    CANCELLED = "cancelled"


# The order a meeting normally moves through; cancelling is possible until minutes are approved.
MEETING_FLOW = (
    MeetingStatus.PLANNED,
    MeetingStatus.HELD,
    MeetingStatus.MINUTES_DRAFTED,
    MeetingStatus.MINUTES_APPROVED,
)


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    REPRESENTED = "represented"


class MembershipRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    OBSERVER = "observer"


class AgendaKind(StrEnum):
    ITEM = "item"
    REVIEW_OF_ACTIONS = "review_of_actions"


class DecisionStatus(StrEnum):
    ADOPTED = "adopted"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    SUPERSEDED = "superseded"


class InitiativeStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"
    BLOCKED = "blocked"


# Statuses that still owe something: these carry forward and can be overdue.
OPEN_ACTION_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED)


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class OrganisationKind(StrEnum):
    MINISTRY = "ministry"
    AGENCY = "agency"
    COMPANY = "company"
    UNIVERSITY = "university"
    COMMITTEE = "committee"
    MEDIA = "media"
    OTHER = "other"


class SourceKind(StrEnum):
    ARTICLE = "article"
    DOCUMENT = "document"
    OTHER = "other"


class FigureKind(StrEnum):
    QUANTITY = "quantity"
    MONEY = "money"


class FigureQualifier(StrEnum):
    EXACT = "exact"
    ABOUT = "about"
    UP_TO = "up_to"
    AT_LEAST = "at_least"
    TARGET = "target"


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class ProxyRule(StrEnum):
    """Whether members represented by a proxy count towards a committee's quorum."""

    COUNT = "count"
    EXCLUDE = "exclude"


class AgendaRecurrence(StrEnum):
    """Whether an agenda item returns at every meeting (copied when the next one is planned)."""

    ONCE = "once"
    STANDING = "standing"
