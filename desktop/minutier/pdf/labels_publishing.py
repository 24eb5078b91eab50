"""Printed words of the publishing features: editions, confidential marks, session books, signatures.

Kept apart from ``labels`` (which merges these tables into its own) so that branches adding
labels elsewhere do not collide with these.
"""

from __future__ import annotations

FR = {
    "confidential": "Confidentiel",
    "edition_public": "Édition publique",
    "edition_internal": "Édition interne — ne pas diffuser",
    "withheld": "{n} élément confidentiel n’est pas publié dans cette édition.",
    "withheld_many": "{n} éléments confidentiels ne sont pas publiés dans cette édition.",
    "internal_note": "Cette édition contient des éléments confidentiels, marqués « Confidentiel ».",
    "col_signature": "Signature",
    "book_title": "Recueil des procès-verbaux {year}",
    "book_contents": "Sommaire",
    "book_closing": "Versions approuvées et empreintes",
    "book_meeting": "{ord} réunion — {date}",
    "book_draft": "projet (non approuvé)",
    "book_not_approved": "non approuvé",
    "book_col_meeting": "Réunion",
    "book_col_date": "Date",
    "book_col_version": "Version",
    "book_col_sha": "SHA-256 du PDF approuvé",
    "book_col_page": "Page",
    "book_col_minutes": "Procès-verbal",
    "book_empty": "Aucune réunion cette année.",
    "book_header": "Recueil {year}",
    "book_attendance": "Présences",
    "book_intro": "{n} réunion. Un procès-verbal approuvé est reproduit dans sa version "
    "approuvée ; un projet est marqué.",
    "book_intro_many": "{n} réunions, dans l’ordre des dates. Les procès-verbaux approuvés sont "
    "reproduits dans leur version approuvée ; les projets sont marqués.",
}
EN = {
    "confidential": "Confidential",
    "edition_public": "Public edition",
    "edition_internal": "Internal edition — do not circulate",
    "withheld": "{n} confidential record is not published in this edition.",
    "withheld_many": "{n} confidential records are not published in this edition.",
    "internal_note": "This edition contains confidential parts, marked “Confidential”.",
    "col_signature": "Signature",
    "book_title": "Minutes of {year}",
    "book_contents": "Contents",
    "book_closing": "Approved versions and fingerprints",
    "book_meeting": "{ord} meeting — {date}",
    "book_draft": "draft (not approved)",
    "book_not_approved": "not approved",
    "book_col_meeting": "Meeting",
    "book_col_date": "Date",
    "book_col_version": "Version",
    "book_col_sha": "SHA-256 of the approved PDF",
    "book_col_page": "Page",
    "book_col_minutes": "Minutes",
    "book_empty": "No meeting this year.",
    "book_header": "Minutes {year}",
    "book_attendance": "Attendance",
    "book_intro": "{n} meeting. Approved minutes are reproduced in their approved version; "
    "drafts are marked.",
    "book_intro_many": "{n} meetings, in date order. Approved minutes are reproduced in their "
    "approved version; drafts are marked.",
}
KO = {
    "confidential": "대외비",
    "edition_public": "공개본",
    "edition_internal": "내부용 — 배포 금지",
    "withheld": "대외비 {n}건은 이 공개본에 싣지 않았습니다.",
    "withheld_many": "대외비 {n}건은 이 공개본에 싣지 않았습니다.",
    "internal_note": "이 문서에는 ‘대외비’로 표시된 내용이 있습니다.",
    "col_signature": "서명",
    "book_title": "{year}년 회의록집",
    "book_contents": "목차",
    "book_closing": "승인본 및 해시",
    "book_meeting": "{ord} 회의 — {date}",
    "book_draft": "초안(미승인)",
    "book_not_approved": "미승인",
    "book_col_meeting": "회의",
    "book_col_date": "일자",
    "book_col_version": "판",
    "book_col_sha": "승인 PDF의 SHA-256",
    "book_col_page": "쪽",
    "book_col_minutes": "회의록",
    "book_empty": "이 해에는 회의가 없습니다.",
    "book_header": "{year}년 회의록집",
    "book_attendance": "참석 현황",
    "book_intro": "회의 {n}건을 일자순으로 싣습니다. 승인된 회의록은 승인본을, 초안은 "
    "초안임을 표시하여 싣습니다.",
    "book_intro_many": "회의 {n}건을 일자순으로 싣습니다. 승인된 회의록은 승인본을, 초안은 "
    "초안임을 표시하여 싣습니다.",
}
TABLES = {"fr": FR, "en": EN, "ko": KO}
# Korean words for the chair a committee may choose (one term for every mention).
KO_CHAIR_TERMS = ("위원장", "의장")
KO_CHAIR_KEYS = ("chair", "role_chair", "sig_chair")
