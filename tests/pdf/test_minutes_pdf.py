"""The demo meeting's minutes read back: content, languages, fonts, outline, metadata, bytes."""

from __future__ import annotations

import dataclasses
import hashlib
import re

import pytest
from pdf_readback import fonts_of, outline_titles, pages_text, reader, rotated_text, squash, text_of

from minutier.core.minutes_record import Approval, MinutesRecord
from minutier.pdf import build_minutes
from minutier.pdf.benchmark import synthetic_minutes
from minutier.pdf.document import page_count


@pytest.fixture(scope="module")
def pdfs(demo_record: MinutesRecord) -> dict[str, bytes]:
    return {lang: build_minutes(demo_record, lang=lang) for lang in ("fr", "en", "ko")}


def test_the_french_minutes_say_what_happened(pdfs: dict[str, bytes]) -> None:
    text = squash(text_of(pdfs["fr"]))
    for expected in [
        "Procès-verbaldela3eréunion",
        "Comiténationaldel’IA",  # the parent body
        "Comitéspécialsurl’infrastructureinformatiquedel’IA",
        "AI컴퓨팅인프라특별위원회",
        "dimanche16février2025,10h00–12h00(Asia/Seoul,UTC+09:00)",
        "ChoiSangMok(최상목)",
        "PrésidentparintérimetministredesFinances,président",  # attendance with roles
        "Pland’accélérationdel’infrastructureinformatiquedel’IA",
        "«Silegouvernement",  # agenda item notes, French quotes
        "GPUsupplémentaires:8000GPU",
        "Capitalinitial:400milliardsdewons(277millionsdedollars)",
        "Budgetdel’IA2025:1,8billiondewons",
        "Investissementtotal:jusqu’à2billionsdewons",
        "Décisionn°3(adoptée)",
        "Initiativesconcernées:Centrenationaldecalculdel’IA",
        "Récapitulatifdesactions",
        "31/03/2025",  # a due date in the actions table
        "MinistèredesSciencesetdesTIC",
        "KoreaHerald",  # the source
        "Leprésidentdeséance",
        "Lesecrétairedeséance",
        "Projet—nonapprouvé",
    ]:
        assert expected in text, expected


def test_every_page_has_its_furniture(pdfs: dict[str, bytes]) -> None:
    pages = pages_text(pdfs["fr"])
    assert len(pages) == page_count(pdfs["fr"]) == len(reader(pdfs["fr"]).pages) >= 3
    for number, page in enumerate(pages, start=1):
        flat = squash(page)
        assert f"page{number}/{len(pages)}" in flat
        assert "CSIIA—Comitéspécial" in flat and "3eréunion—16février2025" in flat
        assert "Projet—nonapprouvé" in flat
        assert rotated_text(pdfs["fr"], number - 1) == "PROJET"  # the diagonal draft mark


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Minutesofthe3rdmeeting",
                "Sunday16February2025,10:00–12:00",
                "400billionwon($277million)",
                "1.8trillionwon",
                "DecisionNo.2(adopted)",
                "Draft—notapproved",
                "page1/",
            ],
        ),
        (
            "ko",
            [
                "제3차회의록",
                "2025년2월16일(일)10:00–12:00",
                "4,000억원(2억7,700만달러)",
                "1조8,000억원",
                "결정제2호(채택)",
                "최상목(ChoiSangMok)",
                "과학기술정보통신부",
                "초안—미승인",
                "1/",
            ],
        ),
    ],
)
def test_english_and_korean_layouts(pdfs: dict[str, bytes], lang: str, expected: list[str]) -> None:
    text = squash(text_of(pdfs[lang]))
    for item in expected:
        assert item in text, item
    assert rotated_text(pdfs[lang]) == {"en": "DRAFT", "ko": "초안"}[lang]
    # what people typed stays as typed: the French text appears in every layout
    assert "LaCoréeduSudachètera8000GPU" in text


@pytest.mark.parametrize("lang", ["fr", "en", "ko"])
def test_only_embedded_subset_fonts(pdfs: dict[str, bytes], lang: str) -> None:
    fonts = fonts_of(pdfs[lang])
    # Latin text in Noto Sans, Hangul runs (names, Korean labels) in NanumGothic: both weights.
    names = {f["name"].split("+")[1] for f in fonts}
    assert {"NotoSans-Regular", "NotoSans-Bold", "NanumGothic"} <= names
    assert names <= {"NotoSans-Regular", "NotoSans-Bold", "NanumGothic", "NanumGothicBold"}
    assert ("NanumGothicBold" in names) == (lang == "ko")  # Korean bold headings
    assert all(f["emb"] == "yes" and f["sub"] == "yes" and "+" in f["name"] for f in fonts)


def test_outline_has_an_entry_per_agenda_item(
    pdfs: dict[str, bytes], demo_record: MinutesRecord
) -> None:
    entries = outline_titles(pdfs["fr"])
    items = [title for level, title in entries if level == 1]
    assert items == [f"{i.position}. {i.title.replace(chr(39), '’')}" for i in demo_record.agenda]
    top = [title for level, title in entries if level == 0]
    assert top[:3] == ["Présences", "Ordre du jour", "Délibérations"]
    assert "Récapitulatif des actions" in top and "Signatures" in top


def test_metadata(pdfs: dict[str, bytes]) -> None:
    info = reader(pdfs["fr"]).metadata
    assert (
        info.title
        == "Procès-verbal de la 3e réunion — Comité spécial sur l’infrastructure informatique de l’IA"
    )
    assert info.author == "Comité spécial sur l’infrastructure informatique de l’IA"
    assert info.subject.startswith("CSIIA/3 — ")
    assert info["/CreationDate"] == "D:20250216100000+09'00'"  # the meeting, not "now"
    assert reader(pdfs["fr"]).trailer["/Root"]["/Lang"] == "fr"
    assert reader(pdfs["ko"]).trailer["/Root"]["/Lang"] == "ko"


def test_same_record_same_bytes(demo_record: MinutesRecord, pdfs: dict[str, bytes]) -> None:
    again = build_minutes(demo_record, lang="fr")
    assert hashlib.sha256(again).hexdigest() == hashlib.sha256(pdfs["fr"]).hexdigest()
    changed = dataclasses.replace(demo_record, place="Séoul")
    assert build_minutes(changed, lang="fr") != pdfs["fr"]


def test_letter_paper(demo_record: MinutesRecord) -> None:
    pdf = build_minutes(demo_record, paper="letter")
    box = reader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    a4 = reader(build_minutes(demo_record)).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)


def test_approved_minutes_carry_the_content_digest_not_a_watermark(
    demo_record: MinutesRecord,
) -> None:
    digest = "0123456789abcdef" * 4
    record = dataclasses.replace(
        demo_record,
        approval=Approval(1, "2025-03-20", digest, at_meeting="CSIIA/4", at_meeting_number=4),
    )
    pdf = build_minutes(record)
    pages = pages_text(pdf)
    for number, page in enumerate(pages):
        assert "Approuvé le 20 mars 2025 — version 1 — SHA-256 0123456789abcdef" in page.replace(
            "\u00a0", " "
        )
        assert rotated_text(pdf, number) == ""
    text = squash(text_of(pdf))
    assert "approuvéle20mars2025lorsdela4eréunion(CSIIA/4),version1" in text
    assert digest in text
    assert f"content-sha256:{digest}" in reader(pdf).metadata["/Keywords"]


def test_tables_split_across_pages_repeat_their_header() -> None:
    pdf = build_minutes(synthetic_minutes(n_actions=300, n_items=2))
    pages = pages_text(pdf)
    with_rows = [p for p in pages if re.search(r"\d\d/\d\d/2025", p)]
    assert len(with_rows) >= 8  # two 150-row item tables and the 300-row summary
    for page in with_rows:
        assert "Responsable" in page and "Échéance" in page and "Statut" in page
