"""The minutes state whether the quorum was reached, and which votes lacked it, in each language."""

from __future__ import annotations

from pdf_readback import squash, text_of

from minutier.pdf import build_minutes
from minutier.services import decisions, lookup, meetings, minutes_content, records
from minutier.store.connection import Store


def _meeting(demo: Store) -> int:
    return lookup.meeting(demo, "CSIIA/3")["id"]


def test_no_rule_no_sentence(demo: Store) -> None:
    record = minutes_content.load(demo, _meeting(demo))
    assert record.quorum is None
    assert "quorum" not in text_of(build_minutes(record, lang="fr")).casefold()


def test_quorum_not_reached_and_the_vote_without_it(demo: Store) -> None:
    meeting = _meeting(demo)
    committee = records.get(demo, "meeting", meeting)["committee_id"]
    records.update(demo, "committee", committee, {"quorum": "3"})
    decision = decisions.record_decision(
        demo, "voter <b>&</b>", meeting_id=meeting, votes=(1, 0, 0)
    )
    number = records.get(demo, "decision", decision)["number"]
    record = minutes_content.load(demo, meeting)
    assert record.quorum is not None and not record.quorum.reached
    fr = squash(text_of(build_minutes(record, lang="fr")))
    assert "Lequorumn’estpasatteint:1membrevotantprésentoureprésentésur3requis." in fr
    assert f"Décisionsvotéessansquorum:{number}." in fr
    ko = squash(text_of(build_minutes(record, lang="ko")))
    assert "의결정족수미달" in ko
    records.update(demo, "committee", committee, {"quorum": "1"})
    en = squash(text_of(build_minutes(minutes_content.load(demo, meeting), lang="en")))
    assert (
        "Thequorumwasreached:1votingmemberpresentorrepresented,1required." in en
        and "withoutquorum" not in en
    )


def test_minutes_pdf_of_the_demo_is_unchanged_without_a_rule(demo: Store) -> None:
    """The quorum block adds nothing when there is no rule: approved PDFs re-render the same."""
    meetings.agenda(demo, _meeting(demo))
    record = minutes_content.load(demo, _meeting(demo))
    from dataclasses import replace

    assert build_minutes(record, lang="fr") == build_minutes(
        replace(record, quorum=None), lang="fr"
    )
