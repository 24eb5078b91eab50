"""Seen on renders: a heading alone at a page's foot above the next heading; 부위원장 beside 의장."""

from __future__ import annotations

import dataclasses

from pdf_readback import pages_text, squash, text_of

from minutier.core.house_style import HouseStyle
from minutier.core.minutes_record import Attendee, MinutesRecord, Person
from minutier.pdf import build_minutes
from minutier.services import house_style, lookup, meetings, minutes, records
from minutier.store.connection import Store


def test_a_heading_never_ends_a_page_above_the_next_heading(demo_record: MinutesRecord) -> None:
    """ "Délibérations" is followed by the first item's heading and its "Discussion": however
    long the attendance list pushes them, the three start on the same page."""
    pushed = 0
    for extra in range(0, 40):
        guests = tuple(
            Attendee(Person(f"Invité {i:02d}"), capacity="observateur") for i in range(extra)
        )
        record = dataclasses.replace(demo_record, attendance=demo_record.attendance + guests)
        pages = [squash(p) for p in pages_text(build_minutes(record, lang="fr"))]
        # the section heading (not the same word in the header or the agenda)
        where = [i for i, p in enumerate(pages) if "Délibérations" in p]
        assert len(where) == 1, extra
        page = pages[where[0]]
        assert "Discussion" in page, f"{extra} guests: 'Délibérations' ends page {where[0] + 1}"
        pushed += where[0] > 0
    assert pushed  # the heading did move to later pages: the check saw page breaks


def test_the_vice_chair_follows_the_committee_chair_term(demo: Store) -> None:
    meeting = int(lookup.meeting(demo, "CSIIA/3")["id"])
    committee = int(lookup.committee(demo, "CSIIA")["id"])
    vice = records.create(demo, "person", {"name": "Yoo Sang-im", "native_name": "유상임"})
    records.create(
        demo, "membership", {"committee_id": committee, "person_id": vice, "role": "vice_chair"}
    )
    meetings.set_attendance(demo, meeting, vice)
    text = squash(text_of(minutes.minutes_pdf(demo, meeting, lang="ko")))
    assert "부위원장" in text and "부의장" not in text
    house_style.save(demo, committee, HouseStyle(chair_term_ko="의장"))
    text = squash(text_of(minutes.minutes_pdf(demo, meeting, lang="ko")))
    assert "부의장" in text and "위원장" not in text
