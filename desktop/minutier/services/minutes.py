"""Minutes of a meeting: drafts, approval (the archived PDF and its hashes), amendments, verify.

The hash scheme. A PDF cannot print the SHA-256 of its own bytes, so two hashes are kept:

- ``content_sha256``: the SHA-256 of the meeting's frozen content at approval
  (``minutes_content.digest``: the records the minutes are built from, in canonical JSON).
  The approved PDF prints its first 16 hex digits in every footer and the whole of it in the
  approval section and the PDF keywords. Anyone holding a printed copy can ask the register
  which version that code belongs to, and ``check`` recomputes the digest from the register
  to show the content has not moved since (the freeze triggers guarantee that; the digest
  proves it, even against someone who edited the file with another SQLite tool).
- ``pdf_sha256``: the SHA-256 of the approved PDF's bytes, stored with the bytes themselves.
  ``verify`` hashes a file and finds the version whose PDF it is; one changed byte and it is
  no version at all.

Approving writes the version (number, language, paper, approving meeting and date, both
hashes, the bytes) and sets the meeting to ``minutes_approved`` in one operation; from then
on the storage layer refuses edits of its content (``store.freeze``). An amendment records
its reason and date as the next version's draft and lifts the freeze; approving again writes
that version. Earlier versions keep their bytes and stay readable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace
from typing import Any

from minutier.core import clock, dates
from minutier.core.confidential import EDITIONS, INTERNAL, PUBLIC
from minutier.core.enums import MeetingStatus, MinutesStatus
from minutier.core.errors import Conflict, NotFound, ValidationError
from minutier.core.minutes_record import Amendment, Approval, MinutesRecord
from minutier.pdf import build_minutes
from minutier.pdf.document import PAPERS
from minutier.services import confirmations, lookup, minutes_content
from minutier.services.pdf_file import Fingerprint
from minutier.store.connection import Store

_APPROVABLE = (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED)
_CLAIM = re.compile(rb"content-sha256:([0-9a-f]{64})")


@dataclass(frozen=True)
class Version:
    """One version of a meeting's minutes as the register keeps it."""

    meeting_id: int
    meeting: str  # CODE/NUMBER
    version: int
    status: str
    language: str
    paper: str
    approved_on: str | None
    approved_at: str  # CODE/NUMBER of the approving meeting, or ""
    amendment_reason: str
    amended_on: str | None
    pdf_sha256: str | None
    content_sha256: str | None


@dataclass(frozen=True)
class Verification:
    """What ``verify`` found: the version a file is, and whether the register still matches."""

    version: Version
    latest: bool  # no later version was approved or opened since
    content_matches: bool | None  # None: not checkable (a later version replaced this one)
    edition: str = INTERNAL  # which of the two archived editions the file is


def _version(store: Store, row: dict[str, Any]) -> Version:
    at = (
        lookup.meeting_ref(store, row["approved_at_meeting_id"])
        if row["approved_at_meeting_id"]
        else ""
    )
    return Version(
        meeting_id=row["meeting_id"],
        meeting=lookup.meeting_ref(store, row["meeting_id"]),
        version=row["version"],
        status=row["status"],
        language=row["language"],
        paper=row["paper"],
        approved_on=row["approved_on"],
        approved_at=at,
        amendment_reason=row["amendment_reason"],
        amended_on=row["amended_on"],
        pdf_sha256=row["pdf_sha256"],
        content_sha256=row["content_sha256"],
    )


_VERSION_COLUMNS = (
    "meeting_id, version, status, language, paper, approved_on, approved_at_meeting_id, "
    "amendment_reason, amended_on, pdf_sha256, content_sha256"
)


def versions(store: Store, meeting_id: int) -> list[Version]:
    """Every version of a meeting's minutes, oldest first."""
    minutes_content.meeting_row(store, meeting_id)
    rows = store.query(
        f"SELECT {_VERSION_COLUMNS} FROM minutes_version WHERE meeting_id = ? ORDER BY version",
        (meeting_id,),
    )
    return [_version(store, r) for r in rows]


def version_pdf(store: Store, meeting_id: int, version: int, edition: str = INTERNAL) -> bytes:
    """The archived bytes of an approved version (its internal or public edition)."""
    column = "public_pdf" if edition == PUBLIC else "pdf"
    row = store.query_one(
        f"SELECT {column} AS pdf FROM minutes_version WHERE meeting_id = ? AND version = ? "
        f"AND {column} IS NOT NULL",
        (meeting_id, version),
    )
    if row is None:
        raise NotFound(
            "approved minutes version", f"{lookup.meeting_ref(store, meeting_id)} v{version}"
        )
    return bytes(row["pdf"])


def _history(store: Store, meeting_id: int) -> tuple[Approval | None, tuple[Amendment, ...]]:
    """The latest approval (if the meeting is approved) and the amendments on record."""
    meeting = minutes_content.meeting_row(store, meeting_id)
    rows = versions(store, meeting_id)
    amendments = tuple(
        Amendment(v.version, v.amendment_reason, v.amended_on or "", pending=v.status == "draft")
        for v in rows
        if v.amendment_reason
    )
    approved = [v for v in rows if v.status == MinutesStatus.APPROVED]
    if meeting["status"] != MeetingStatus.MINUTES_APPROVED or not approved:
        return None, amendments
    last = approved[-1]
    at_number = None
    if last.approved_at:
        at_number = int(last.approved_at.rpartition("/")[2])
    confirmed = confirmations.summary(store, meeting_id)
    approval = Approval(
        version=last.version,
        approved_on=last.approved_on or "",
        content_digest=last.content_sha256 or "",
        at_meeting=last.approved_at,
        at_meeting_number=at_number,
        confirmed_by=confirmed.confirmed,
        attendees=confirmed.attendees,
    )
    return approval, amendments


def record(store: Store, meeting_id: int, *, lang: str | None = None) -> MinutesRecord:
    """The meeting's minutes as printed now (approved or draft), ready for ``build_minutes``."""
    approval, amendments = _history(store, meeting_id)
    loaded = minutes_content.load(store, meeting_id, language=lang)
    return replace(loaded, approval=approval, amendments=amendments)


def _check_paper(paper: str) -> str:
    if paper not in PAPERS:
        raise ValidationError("paper", paper, "choose a4 or letter")
    return paper


def _check_lang(lang: str | None) -> str | None:
    if lang is not None and lang not in ("fr", "en", "ko"):
        raise ValidationError("language", lang, "choose fr, en or ko")
    return lang


def minutes_pdf(
    store: Store,
    meeting_id: int,
    lang: str | None = None,
    paper: str | None = None,
    *,
    edition: str = INTERNAL,
    signatures: bool | None = None,
) -> bytes:
    """The minutes as PDF: the archived file when approved in that language and paper, else a
    fresh rendering (a draft with its watermark, or a reproduction of the approved content).

    ``edition`` "public" leaves confidential parts out; ``paper`` defaults to the house style's.
    """
    _check_lang(lang)
    rec = record(store, meeting_id, lang=lang)
    paper = _check_paper(paper or rec.committee.style.paper)
    if edition not in EDITIONS:
        raise ValidationError("edition", edition, "choose internal or public")
    if rec.approval is not None:
        last = next(v for v in versions(store, meeting_id) if v.version == rec.approval.version)
        if rec.language == last.language and paper == last.paper and signatures is None:
            try:
                return version_pdf(store, meeting_id, last.version, edition)
            except NotFound:  # approved before public editions were archived
                pass
        rec = replace(rec, approval=replace(rec.approval, official=False))
    return build_minutes(
        rec, lang=rec.language, paper=paper, edition=edition, signatures=signatures
    )


def _date(value: str | dt.date | None, *, field: str, today: dt.date | None = None) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dates.parse_due_date(str(value), today=today or clock.today(), field=field)


FUTURE_APPROVAL = (
    "it is after today in the meeting's time zone; an approval cannot be recorded ahead of time"
)


def approve(
    store: Store,
    meeting_id: int,
    *,
    at_meeting_id: int | None = None,
    approved_on: str | dt.date | None = None,
    lang: str | None = None,
    paper: str | None = None,
) -> Version:
    """Approve the minutes: build the final PDF, store it with its hashes, freeze the meeting.

    Both editions are built and archived, each with the SHA-256 of its own bytes: the
    internal one (everything, confidential parts marked) and the public one (those left out).

    ``at_meeting_id`` is the meeting that approved them (often the next one); ``approved_on``
    defaults to that meeting's date, or today. Returns the new version.
    """
    _check_lang(lang)
    meeting = minutes_content.meeting_row(store, meeting_id)
    ref = lookup.meeting_ref(store, meeting_id)
    style = minutes_content.committee_of(store, meeting["committee_id"]).style
    paper = _check_paper(paper or style.paper)
    recorded = store.scalar(
        "SELECT count(*) FROM minutes_version WHERE meeting_id = ? AND status = 'approved'",
        (meeting_id,),
    )
    if meeting["status"] == MeetingStatus.MINUTES_APPROVED and recorded:
        raise Conflict(
            f"The minutes of {ref} are already approved; open an amendment to change them."
        )
    # Marked approved with no version on file (generated, imported, approved on paper):
    # approving records the document now.
    if meeting["status"] not in (*_APPROVABLE, MeetingStatus.MINUTES_APPROVED):
        raise Conflict(
            f"The minutes of {ref} cannot be approved: the meeting is {meeting['status'].replace('_', ' ')}."
        )
    at_number = None
    at_ref = ""
    if at_meeting_id is not None:
        at = minutes_content.meeting_row(store, at_meeting_id)
        at_ref = lookup.meeting_ref(store, at_meeting_id)
        if at["starts_at"] < meeting["starts_at"]:
            raise ValidationError(
                "approving meeting", at_ref, "it took place before the meeting itself"
            )
        at_number = at["number"]
    # "Today" where the meeting is: a user west of it (TZ=America/Adak) must not be refused
    # for approving "before" a meeting that, in its own zone, already took place.
    today_there = clock.today_in(meeting.get("timezone"))
    if approved_on is not None:
        day = _date(approved_on, field="approval date", today=today_there)
    elif at_meeting_id is not None:
        day = dt.date.fromisoformat(at["starts_at"][:10])
    else:
        day = today_there
    if day > today_there:  # an approval is recorded once it happened, never ahead
        raise ValidationError(
            "approval date",
            day.isoformat(),
            FUTURE_APPROVAL,
        )
    if day.isoformat() < meeting["starts_at"][:10]:
        raise ValidationError(
            "approval date", day.isoformat(), "minutes are approved after the meeting"
        )
    # A new version cannot predate the approval or amendment it follows.
    previous = store.scalar(
        "SELECT max(max(coalesce(approved_on, '')), max(coalesce(amended_on, ''))) "
        "FROM minutes_version WHERE meeting_id = ?",
        (meeting_id,),
    )
    if previous and day.isoformat() < previous:
        raise ValidationError(
            "approval date",
            day.isoformat(),
            f"this version follows an approval or amendment of {previous}; approve it on or after",
        )
    with store.operation("Approve minutes") as op:
        rows = store.query(
            "SELECT id, version, status FROM minutes_version WHERE meeting_id = ? ORDER BY version",
            (meeting_id,),
        )
        draft = rows[-1] if rows and rows[-1]["status"] == MinutesStatus.DRAFT else None
        number = draft["version"] if draft else (rows[-1]["version"] + 1 if rows else 1)
        digest = minutes_content.digest(store, meeting_id)
        _, amendments = _history(store, meeting_id)
        loaded = minutes_content.load(store, meeting_id, language=lang)
        confirmed = confirmations.summary(store, meeting_id)
        approval = Approval(
            number,
            day.isoformat(),
            digest,
            at_ref,
            at_number,
            confirmed_by=confirmed.confirmed,
            attendees=confirmed.attendees,
        )
        done = tuple(replace(a, pending=False) for a in amendments)
        final = replace(
            loaded,
            approval=approval,
            amendments=done,
            status=str(MeetingStatus.MINUTES_APPROVED),
        )
        pdf = build_minutes(final, lang=loaded.language, paper=paper)
        public_pdf = build_minutes(final, lang=loaded.language, paper=paper, edition=PUBLIC)
        values = {
            "status": str(MinutesStatus.APPROVED),
            "language": loaded.language,
            "paper": paper,
            "approved_at_meeting_id": at_meeting_id,
            "approved_on": day.isoformat(),
            "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
            "content_sha256": digest,
            "pdf": pdf,
            "public_pdf_sha256": hashlib.sha256(public_pdf).hexdigest(),
            "public_pdf": public_pdf,
        }
        if draft:
            op.update("minutes_version", draft["id"], values)
        else:
            op.insert("minutes_version", {"meeting_id": meeting_id, "version": number, **values})
        op.update("meeting", meeting_id, {"status": str(MeetingStatus.MINUTES_APPROVED)})
    return _one(store, meeting_id, number)


def _one(store: Store, meeting_id: int, number: int) -> Version:
    return next(v for v in versions(store, meeting_id) if v.version == number)


def open_amendment(
    store: Store, meeting_id: int, reason: str, on_date: str | dt.date | None = None
) -> Version:
    """Record why approved minutes must change, and lift the freeze until the next approval.

    Creates the draft of the next version (holding the reason and date) and puts the meeting
    back to "minutes drafted"; approving again writes that version.
    """
    meeting = minutes_content.meeting_row(store, meeting_id)
    ref = lookup.meeting_ref(store, meeting_id)
    if meeting["status"] != MeetingStatus.MINUTES_APPROVED:
        raise Conflict(
            f"The minutes of {ref} are not approved; they can be edited without an amendment."
        )
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("reason", reason, "say why the approved minutes must change")
    day = _date(on_date if on_date is not None else clock.today(), field="amendment date")
    last = store.query_one(
        "SELECT version, approved_on FROM minutes_version WHERE meeting_id = ? ORDER BY version DESC LIMIT 1",
        (meeting_id,),
    )
    if last is None:
        raise Conflict(
            f"The minutes of {ref} are marked approved but no approved version is on record; "
            "approve them to record one, then amend that."
        )
    if last["approved_on"] and day.isoformat() < last["approved_on"]:
        raise ValidationError(
            "amendment date", day.isoformat(), f"the minutes were approved on {last['approved_on']}"
        )
    number = last["version"] + 1
    with store.operation("Open amendment of minutes") as op:
        op.insert(
            "minutes_version",
            {
                "meeting_id": meeting_id,
                "version": number,
                "status": str(MinutesStatus.DRAFT),
                "language": minutes_content.committee_of(store, meeting["committee_id"]).language,
                "amendment_reason": reason,
                "amended_on": day.isoformat(),
            },
        )
        op.update("meeting", meeting_id, {"status": str(MeetingStatus.MINUTES_DRAFTED)})
    return _one(store, meeting_id, number)


def verify(store: Store, pdf_bytes: bytes | Fingerprint) -> Verification | None:
    """Which approved version these bytes are, or None (any changed byte gives None)."""
    if isinstance(pdf_bytes, Fingerprint):  # a file hashed in a stream (``pdf_file``)
        sha = pdf_bytes.sha256
    else:
        sha = hashlib.sha256(pdf_bytes).hexdigest()
    row = store.query_one(
        f"SELECT {_VERSION_COLUMNS}, pdf_sha256 = ? AS internal FROM minutes_version "
        "WHERE (pdf_sha256 = ? OR public_pdf_sha256 = ?) AND status = 'approved' "
        "ORDER BY meeting_id, version LIMIT 1",
        (sha, sha, sha),
    )
    if row is None:
        return None
    row = dict(row)
    edition = INTERNAL if row.pop("internal") else PUBLIC
    version = _version(store, row)
    newest = store.scalar(
        "SELECT max(version) FROM minutes_version WHERE meeting_id = ?", (row["meeting_id"],)
    )
    latest = newest == version.version
    matches = None
    if latest:
        matches = minutes_content.digest(store, version.meeting_id) == version.content_sha256
    return Verification(version, latest, matches, edition)


def claimed(store: Store, pdf_bytes: bytes | Fingerprint) -> Version | None:
    """The approved version a file *says* it is (from the content digest in its keywords)."""
    if isinstance(pdf_bytes, Fingerprint):
        claim = pdf_bytes.claim
    else:
        m = _CLAIM.search(pdf_bytes)
        claim = m.group(1).decode("ascii") if m else None
    if claim is None:
        return None
    row = store.query_one(
        f"SELECT {_VERSION_COLUMNS} FROM minutes_version WHERE content_sha256 = ? AND status = 'approved' "
        "ORDER BY meeting_id, version LIMIT 1",
        (claim,),
    )
    return _version(store, row) if row else None


def check(store: Store, meeting_id: int) -> bool | None:
    """Whether an approved meeting's content still has its approved digest (None: not approved)."""
    approval, _ = _history(store, meeting_id)
    if approval is None:
        return None
    return minutes_content.digest(store, meeting_id) == approval.content_digest
