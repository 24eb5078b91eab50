"""Where a meeting's minutes stand (draft, approved and frozen, amendment open), read cheaply.

The Meetings page asks at every selection, so this reads two small rows and never builds a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from minutier.core.enums import MeetingStatus
from minutier.store.connection import Store

_APPROVABLE = {MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED}


@dataclass(frozen=True)
class MinutesState:
    """What can be done with a meeting's minutes now."""

    meeting_id: int
    ref: str  # CODE/NUMBER
    status: str
    approved_versions: int
    last_version: int  # 0: none recorded
    last_approved: int  # number of the last approved version (0: none)
    last_approved_on: str  # its approval date ("" if none)
    amendment_reason: str  # of an amendment waiting for approval ("" if none)

    @property
    def frozen(self) -> bool:
        """Approved with a recorded version: the register refuses edits of its content."""
        return self.status == MeetingStatus.MINUTES_APPROVED and self.approved_versions > 0

    @property
    def can_approve(self) -> bool:
        # Marked approved without a document (generated, imported): approving records one.
        return self.status in _APPROVABLE or (
            self.status == MeetingStatus.MINUTES_APPROVED and not self.approved_versions
        )

    @property
    def can_amend(self) -> bool:
        return self.frozen

    @property
    def has_versions(self) -> bool:
        return self.last_version > 0


def minutes_state(store: Store, meeting_id: int) -> MinutesState | None:
    """The state of a meeting's minutes; None if the meeting does not exist."""
    row = store.query_one(
        "SELECT m.status, c.code || '/' || m.number AS ref FROM meeting m "
        "JOIN committee c ON c.id = m.committee_id WHERE m.id = ?",
        (meeting_id,),
    )
    if row is None:
        return None
    versions = store.query_one(
        """SELECT count(*) FILTER (WHERE status = 'approved') AS approved,
                  coalesce(max(version), 0) AS last,
                  coalesce(max(version) FILTER (WHERE status = 'approved'), 0) AS last_approved,
                  coalesce(max(approved_on) FILTER (WHERE status = 'approved'), '') AS approved_on,
                  coalesce(max(CASE WHEN status = 'draft' THEN amendment_reason END), '') AS reason
           FROM minutes_version WHERE meeting_id = ?""",
        (meeting_id,),
    )
    assert versions is not None
    return MinutesState(
        meeting_id=meeting_id,
        ref=row["ref"],
        status=row["status"],
        approved_versions=int(versions["approved"]),
        last_version=int(versions["last"]),
        last_approved=int(versions["last_approved"]),
        last_approved_on=versions["approved_on"],
        amendment_reason=versions["reason"],
    )
