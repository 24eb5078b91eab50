"""What the PDF minutes and reports are made from: plain records, read once from the register.

The ``minutier.pdf`` package takes these and never a store, so it can be tested, benchmarked
and called from the interface's worker threads with nothing but data. Dates are ISO strings
("2025-02-16"), meeting times local wall-clock ISO strings in the committee's zone; figures are
``core.figures.Figure`` (integer minor units, exact decimal text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from minutier.core.figures import Figure
from minutier.core.house_style import PLAIN, HouseStyle


@dataclass(frozen=True)
class Person:
    """A name as printed, with the name in its own script: a person, an organisation or an
    initiative (Korean documents lead with the native name)."""

    name: str
    native_name: str = ""


@dataclass(frozen=True)
class Committee:
    name: str
    code: str
    timezone: str = "UTC"
    language: str = "fr"
    native_name: str = ""
    parent_name: str = ""
    parent_native_name: str = ""
    style: HouseStyle = PLAIN


@dataclass(frozen=True)
class Attendee:
    person: Person
    status: str = "present"  # AttendanceStatus
    capacity: str = ""
    role: str = ""  # MembershipRole in the committee, if any
    represented_by: Person | None = None


@dataclass(frozen=True)
class Note:
    text: str
    recorded_at: str = ""  # local ISO time in the committee's zone
    confidential: bool = False


@dataclass(frozen=True)
class Announcement:
    text: str
    speaker: Person | None = None
    figures: tuple[Figure, ...] = ()
    initiatives: tuple[Person, ...] = ()
    confidential: bool = False


@dataclass(frozen=True)
class Decision:
    number: int
    text: str
    status: str = "adopted"
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    figures: tuple[Figure, ...] = ()
    initiatives: tuple[Person, ...] = ()
    confidential: bool = False


@dataclass(frozen=True)
class Action:
    number: int
    text: str
    owner: Person | None = None
    due_on: str | None = None
    status: str = "open"
    priority: str = "normal"
    decision_number: int | None = None
    initiative: Person | None = None
    meeting: str = ""  # CODE/NUMBER of the meeting it came from
    item: int | None = None  # position of its agenda item
    overdue: bool = False
    committee: str = ""  # committee code (reports span committees)
    confidential: bool = False


@dataclass(frozen=True)
class AgendaItem:
    position: int
    title: str
    kind: str = "item"
    presenter: Person | None = None
    planned_minutes: int | None = None
    notes: str = ""
    timed_notes: tuple[Note, ...] = ()
    announcements: tuple[Announcement, ...] = ()
    decisions: tuple[Decision, ...] = ()
    actions: tuple[Action, ...] = ()
    confidential: bool = False

    @property
    def is_empty(self) -> bool:
        return not (
            self.notes.strip()
            or self.timed_notes
            or self.announcements
            or self.decisions
            or self.actions
        )


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str = ""
    url: str = ""
    published_on: str = ""


@dataclass(frozen=True)
class Approval:
    """The approved version the document is (or reproduces)."""

    version: int
    approved_on: str
    content_digest: str  # SHA-256 of the frozen content, printed in the footer
    at_meeting: str = ""  # CODE/NUMBER
    at_meeting_number: int | None = None
    official: bool = True  # False: a rendering in another language/paper, not the archived file


@dataclass(frozen=True)
class Amendment:
    version: int
    reason: str
    on: str
    pending: bool = False  # not approved yet (the document is its draft)


@dataclass(frozen=True)
class QuorumStatement:
    """Whether the meeting had its quorum, and the decisions voted without it (by number)."""

    present: int
    required: int
    reached: bool
    voted_without: tuple[int, ...] = ()


@dataclass(frozen=True)
class AttachedFile:
    """A file kept with the meeting, as the annex of the minutes lists it."""

    name: str
    media_type: str
    size: int
    sha256: str
    item: int | None = None  # position of its agenda item
    decision: int | None = None  # number of its decision


@dataclass(frozen=True)
class MinutesRecord:
    committee: Committee
    number: int
    starts_at: str
    language: str = "fr"
    title: str = ""
    ends_at: str | None = None
    place: str = ""
    chair: Person | None = None
    convener: Person | None = None
    secretary: Person | None = None
    status: str = "held"
    attendance: tuple[Attendee, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    other: AgendaItem | None = None  # what was recorded outside any agenda item
    source: Source | None = None
    approval: Approval | None = None
    amendments: tuple[Amendment, ...] = ()
    quorum: QuorumStatement | None = None  # None: the committee has no quorum rule
    attachments: tuple[AttachedFile, ...] = ()  # listed in an annex
    edition: str = "internal"  # or "public": confidential parts left out (core.confidential)
    withheld: int = 0  # in the public edition: how many confidential records were left out

    @property
    def ref(self) -> str:
        return f"{self.committee.code}/{self.number}"

    @property
    def items(self) -> tuple[AgendaItem, ...]:
        """Agenda items then, if any, the "other business" pseudo-item."""
        return self.agenda + ((self.other,) if self.other is not None else ())

    def actions(self) -> list[Action]:
        return [a for item in self.items for a in item.actions]


@dataclass(frozen=True)
class AgendaRecord:
    """A planned meeting's agenda, with the open actions it carries over."""

    committee: Committee
    number: int
    starts_at: str
    language: str = "fr"
    title: str = ""
    ends_at: str | None = None
    place: str = ""
    chair: Person | None = None
    convener: Person | None = None
    items: tuple[AgendaItem, ...] = ()
    carried: tuple[Action, ...] = ()
    today: str = ""

    @property
    def ref(self) -> str:
        return f"{self.committee.code}/{self.number}"


@dataclass(frozen=True)
class ActionGroup:
    name: Person | None  # the owner or initiative; None: actions without one
    actions: tuple[Action, ...] = ()

    @property
    def overdue(self) -> int:
        return sum(a.overdue for a in self.actions)


@dataclass(frozen=True)
class ActionsReport:
    """Open actions grouped by owner or by initiative (overdue first in each group)."""

    today: str
    language: str = "fr"
    group_by: str = "owner"  # or "initiative"
    groups: tuple[ActionGroup, ...] = ()
    filters: tuple[tuple[str, str], ...] = ()  # ("owner" | "initiative" | "committee", name)

    @property
    def total(self) -> int:
        return sum(len(g.actions) for g in self.groups)

    @property
    def overdue(self) -> int:
        return sum(g.overdue for g in self.groups)


@dataclass(frozen=True)
class TimelineEntry:
    kind: str  # decision, announcement, action, meeting
    on_date: str
    text: str
    status: str = ""
    ref: str = ""


@dataclass(frozen=True)
class InitiativeDossier:
    name: str
    today: str
    language: str = "fr"
    native_name: str = ""
    code: str = ""
    description: str = ""
    owner: Person | None = None
    status: str = "active"
    start_on: str = ""
    target_on: str = ""
    parent: str = ""
    figures: tuple[Figure, ...] = ()
    timeline: tuple[TimelineEntry, ...] = field(default_factory=tuple)
