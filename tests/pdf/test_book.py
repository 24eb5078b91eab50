"""The session book: cover, contents with true page numbers, each meeting, closing hash table."""

from __future__ import annotations

import pytest
from pdf_readback import fonts_of, outline_titles, pages_text, rotated_text, squash

from minutier.services import book, lookup, meetings, minutes
from minutier.store.connection import Store


@pytest.fixture
def year(demo: Store) -> Store:
    """CSIIA/3 approved at CSIIA/4, which was held and has a draft with a note."""
    committee = lookup.committee(demo, "CSIIA")["id"]
    m4 = meetings.plan_meeting(
        demo, committee, "2025-03-20T10:00", title="Quatrième réunion", carry_over=False
    )
    meetings.set_status(demo, m4, "held")
    meetings.add_note(demo, m4, "Le comité examine l’avancement des achats de GPU.")
    minutes.approve(demo, int(lookup.meeting(demo, "CSIIA/3")["id"]), at_meeting_id=m4)
    meetings.plan_meeting(demo, committee, "2025-06-20T10:00", carry_over=False)  # planned: out
    return demo


def test_the_book_binds_the_year_with_true_page_numbers(year: Store) -> None:
    pdf, count = book.session_book(year, "CSIIA", 2025)
    assert count == 2
    assert pdf == book.session_book(year, "CSIIA", 2025)[0]  # byte-for-byte reproducible
    pages = [squash(p) for p in pages_text(pdf)]
    assert "Recueildesprocès-verbaux2025" in pages[0]
    contents = pages[1]
    assert "Sommaire" in contents
    # each meeting's first page is the one the contents give
    for ref, number in (("CSIIA/3", "3"), ("CSIIA/4", None)):
        title = "Procès-verbaldela3eréunion" if ref == "CSIIA/3" else "Procès-verbaldela4eréunion"
        first = next(i for i, p in enumerate(pages) if title in p and i > 1) + 1
        assert f"{first}" in contents, (ref, first, contents)
        if number:
            assert first == int(number)
    # the draft is marked and watermarked, the approved meeting is not
    m3_first = next(i for i, p in enumerate(pages) if "Procès-verbaldela3eréunion" in p and i > 1)
    m4_first = next(i for i, p in enumerate(pages) if "Procès-verbaldela4eréunion" in p and i > 1)
    assert rotated_text(pdf, m3_first) == ""
    assert rotated_text(pdf, m4_first) == "PROJET"
    assert "projet(nonapprouvé)" in pages[m4_first]
    assert "Présences" in pages[m3_first] or "Présences" in pages[m3_first + 1]
    # the closing table: version and SHA-256 of the archived PDF of each approved meeting
    last = pages[-1]
    version = minutes.versions(year, int(lookup.meeting(year, "CSIIA/3")["id"]))[0]
    assert "Versionsapprouvéesetempreintes" in last
    assert version.pdf_sha256 in last and "nonapprouvé" in last
    # bookmarks: one per meeting, sections below it
    entries = outline_titles(pdf)
    assert (0, "CSIIA/3 — Procès-verbal de la 3e réunion") in entries
    assert all(f["emb"] == "yes" for f in fonts_of(pdf))


def test_a_year_without_meetings_is_a_short_book(year: Store) -> None:
    pdf, count = book.session_book(year, "CSIIA", 2019, lang="ko")
    assert count == 0
    text = squash("".join(pages_text(pdf)))
    assert "2019년회의록집" in text and "목차" in text


def test_the_command_line_writes_the_book(year: Store, tmp_path, monkeypatch) -> None:
    from minutier.cli import main

    path = year.path
    year.close()
    out = tmp_path / "book.pdf"
    assert (
        main(["book", str(path), "--committee", "CSIIA", "--year", "2025", "--out", str(out)]) == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
