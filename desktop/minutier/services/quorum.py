"""Whether a meeting has its quorum, whether a proxy may be held, and which votes lacked one.

Voting members are the committee's chair, vice-chairs and members whose membership covers the
meeting's day; a committee with no such membership on file counts the people on the meeting's
attendance list instead. Present are the voting members marked present, plus those marked
represented when the committee lets proxies count (``committee.proxies``).
"""

from __future__ import annotations

from typing import Any

from minutier.core.errors import ValidationError
from minutier.core.minutes_record import QuorumStatement
from minutier.core.quorum import VOTING_ROLES, Quorum, required
from minutier.store.connection import Store

PROXY_HOLDER_AWAY = "a member marked excused or absent cannot hold a proxy"
OWN_PROXY = "nobody holds their own proxy"
_VOTING = ", ".join(f"'{r}'" for r in VOTING_ROLES)


def _voting_members(store: Store, committee_id: int, day: str) -> set[int]:
    rows = store.query(
        f"SELECT DISTINCT person_id FROM membership WHERE committee_id = ? AND role IN ({_VOTING}) "
        "AND (start_on IS NULL OR start_on <= ?) AND (end_on IS NULL OR end_on >= ?)",
        (committee_id, day, day),
    )
    return {r["person_id"] for r in rows}


def status(store: Store, meeting_id: int) -> Quorum | None:
    """The quorum of a meeting as its attendance stands; None when the committee has no rule."""
    row = store.query_one(
        "SELECT m.committee_id, m.starts_at, c.quorum, c.proxies FROM meeting m "
        "JOIN committee c ON c.id = m.committee_id WHERE m.id = ?",
        (meeting_id,),
    )
    if row is None or not row["quorum"]:
        return None
    attendance = {
        r["person_id"]: r["status"]
        for r in store.query(
            "SELECT person_id, status FROM attendance WHERE meeting_id = ?", (meeting_id,)
        )
    }
    voting = _voting_members(store, row["committee_id"], row["starts_at"][:10]) or set(attendance)
    counted = ("present", "represented") if row["proxies"] == "count" else ("present",)
    present = sum(1 for person in voting if attendance.get(person) in counted)
    need = required(row["quorum"], len(voting))
    assert need is not None
    return Quorum(row["quorum"], row["proxies"] == "count", len(voting), present, need)


def vote_flag(store: Store, decision: dict[str, Any]) -> Quorum | None:
    """The quorum a vote was taken without (a decision with votes at such a meeting), else None."""
    has_vote = any(
        decision.get(k) is not None for k in ("votes_for", "votes_against", "votes_abstain")
    )
    if not has_vote or not decision.get("meeting_id"):
        return None
    found = status(store, decision["meeting_id"])
    return found if found is not None and not found.reached else None


def check_proxy(
    store: Store, meeting_id: int, person_id: int, status_: str, represented_by_id: int | None
) -> None:
    """Refuse, in a sentence, a proxy the register would refuse (``store.proxy_rules``)."""
    if status_ == "represented" and represented_by_id is not None:
        if represented_by_id == person_id:
            raise ValidationError("represented by", represented_by_id, OWN_PROXY)
        holder = store.query_one(
            "SELECT a.status, p.name FROM attendance a JOIN person p ON p.id = a.person_id "
            "WHERE a.meeting_id = ? AND a.person_id = ?",
            (meeting_id, represented_by_id),
        )
        if holder is not None and holder["status"] in ("excused", "absent"):
            raise ValidationError("represented by", holder["name"], PROXY_HOLDER_AWAY)
    if status_ in ("excused", "absent"):
        held = store.query_one(
            "SELECT p.name FROM attendance a JOIN person p ON p.id = a.person_id "
            "WHERE a.meeting_id = ? AND a.represented_by_id = ? LIMIT 1",
            (meeting_id, person_id),
        )
        if held is not None:
            raise ValidationError("attendance", status_, PROXY_HOLDER_AWAY)


def statement(store: Store, meeting_id: int) -> QuorumStatement | None:
    """What the minutes say about the quorum; None when the committee has no rule."""
    state = status(store, meeting_id)
    if state is None:
        return None
    voted = store.query(
        "SELECT number FROM decision WHERE meeting_id = ? AND (votes_for IS NOT NULL "
        "OR votes_against IS NOT NULL OR votes_abstain IS NOT NULL) ORDER BY number",
        (meeting_id,),
    )
    without = () if state.reached else tuple(r["number"] for r in voted)
    return QuorumStatement(state.present, state.required, state.reached, without)
