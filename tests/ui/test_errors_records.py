"""The sentences ui.errors_records translates are the services' own, word for word."""

from __future__ import annotations

from minutier.core import quorum as core_quorum
from minutier.core.errors import Conflict, ValidationError
from minutier.services import attachments, next_meeting, quorum
from minutier.ui import errors, errors_records


def test_reason_keys_are_the_services_sentences() -> None:
    for sentence in (
        core_quorum.NOT_A_RULE,
        quorum.PROXY_HOLDER_AWAY,
        quorum.OWN_PROXY,
        next_meeting.NOT_HELD,
        attachments.TOO_LARGE,
        attachments.NOT_A_FILE,
        attachments.CANNOT_WRITE,
    ):
        assert sentence in errors_records.REASONS
        assert sentence in errors.REASONS


def test_conflicts_are_recognised(qapp) -> None:  # type: ignore[no-untyped-def]
    for sentence in (
        "Actions follow from this decision; link them elsewhere before converting it.",
        "This announcement has figures, which a note cannot hold; remove them first.",
        "The file a.pdf in the register is damaged (its SHA-256 differs).",
    ):
        assert errors.user_message(Conflict(sentence)) == sentence  # English: the source itself
    shown = errors.user_message(ValidationError("file", "x", attachments.TOO_LARGE))
    assert "25 MiB" in shown
