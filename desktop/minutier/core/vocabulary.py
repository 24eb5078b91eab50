"""The words for the register's vocabulary codes in French, English and Korean (PDFs, exports).

The register stores codes (``open``, ``adopted``, ``ministry``); a document or an export that a
person reads writes the word of its language beside or instead of them. The PDFs take their
status and role words from here (``pdf.labels``), the CSV export its ``*_label`` columns, so
the two never disagree. The window has its own translated labels (``ui.forms.labels``).
"""

from __future__ import annotations

from enum import StrEnum

from minutier.core import enums

LANGUAGES = ("fr", "en", "ko")

# enum class → code → (French, English, Korean). French words agree with the feminine nouns
# they qualify (une action, une décision, une initiative, une réunion, une priorité).
WORDS: dict[type[StrEnum], dict[str, tuple[str, str, str]]] = {
    enums.MeetingStatus: {
        "planned": ("prévue", "planned", "예정"),
        "held": ("tenue", "held", "개최"),
        "minutes_drafted": ("PV en projet", "minutes drafted", "회의록 초안"),
        "minutes_approved": ("PV approuvé", "minutes approved", "회의록 승인"),
        "cancelled": ("annulée", "cancelled", "취소"),
    },
    enums.DecisionStatus: {
        "adopted": ("adoptée", "adopted", "채택"),
        "rejected": ("rejetée", "rejected", "부결"),
        "deferred": ("reportée", "deferred", "보류"),
        "superseded": ("remplacée", "superseded", "대체됨"),
    },
    enums.ActionStatus: {
        "open": ("ouverte", "open", "미결"),
        "in_progress": ("en cours", "in progress", "진행 중"),
        "done": ("terminée", "done", "완료"),
        "cancelled": ("annulée", "cancelled", "취소"),
        "blocked": ("bloquée", "blocked", "중단"),
    },
    enums.InitiativeStatus: {
        "proposed": ("proposée", "proposed", "제안"),
        "active": ("active", "active", "진행"),
        "on_hold": ("suspendue", "on hold", "보류"),
        "completed": ("achevée", "completed", "완료"),
        "cancelled": ("annulée", "cancelled", "취소"),
    },
    enums.Priority: {
        "low": ("basse", "low", "낮음"),
        "normal": ("normale", "normal", "보통"),
        "high": ("haute", "high", "높음"),
        "urgent": ("urgente", "urgent", "긴급"),
    },
    enums.AttendanceStatus: {
        "present": ("présent", "present", "참석"),
        "absent": ("absent", "absent", "불참"),
        "excused": ("excusé", "excused", "사유 불참"),
        "represented": ("représenté", "represented", "대리 참석"),
    },
    enums.MembershipRole: {
        "chair": ("président", "chair", "위원장"),
        "vice_chair": ("vice-président", "vice-chair", "부위원장"),
        "member": ("membre", "member", "위원"),
        "secretary": ("secrétaire", "secretary", "간사"),
        "observer": ("observateur", "observer", "참관인"),
    },
    enums.OrganisationKind: {
        "ministry": ("ministère", "ministry", "부처"),
        "agency": ("agence", "agency", "기관"),
        "company": ("entreprise", "company", "기업"),
        "university": ("université", "university", "대학"),
        "committee": ("comité", "committee", "위원회"),
        "media": ("média", "media", "언론"),
        "other": ("autre", "other", "기타"),
    },
    enums.Language: {
        "fr": ("français", "French", "프랑스어"),
        "en": ("anglais", "English", "영어"),
        "ko": ("coréen", "Korean", "한국어"),
    },
}


def word(enum: type[StrEnum], code: str | None, lang: str) -> str:
    """The word for ``code`` of ``enum`` in ``lang`` ("" for no code; an unknown code as is)."""
    if not code:
        return ""
    words = WORDS[enum].get(str(code))
    if words is None:
        return str(code)
    return words[LANGUAGES.index(lang) if lang in LANGUAGES else 1]


def pdf_words(lang: str) -> dict[str, str]:
    """The status and role words under the keys the PDF labels use ("open", "meeting_held",
    "role_chair")."""
    out: dict[str, str] = {}
    for enum in (enums.ActionStatus, enums.DecisionStatus, enums.InitiativeStatus):
        out.update({code: word(enum, code, lang) for code in WORDS[enum]})
    for status in ("present", "absent", "excused"):
        out[status] = word(enums.AttendanceStatus, status, lang)
    out["represented_nobody"] = word(enums.AttendanceStatus, "represented", lang)
    out.update(
        {f"meeting_{c}": word(enums.MeetingStatus, c, lang) for c in WORDS[enums.MeetingStatus]}
    )
    out.update(
        {f"role_{c}": word(enums.MembershipRole, c, lang) for c in WORDS[enums.MembershipRole]}
    )
    return out
