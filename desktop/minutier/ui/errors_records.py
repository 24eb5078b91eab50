"""Translated sentences of the refusals of conversion, quorum, next meeting and attached files.

Kept apart from ``ui.errors`` (which merges them into its tables) so those tables stay short.
The English keys are the services' sentences, written out: importing the services here would
load dateutil when the window starts (tests/services check the keys are the services' own).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

REASONS = {
    "the entry is already of this kind": QT_TRANSLATE_NOOP(
        "Errors", "the entry is already of this kind"
    ),
    "only entries recorded at a meeting convert": QT_TRANSLATE_NOOP(
        "Errors", "only entries recorded at a meeting convert"
    ),
    "choose one of note, action, decision, announcement": QT_TRANSLATE_NOOP(
        "Errors", "choose one of note, action, decision, announcement"
    ),
    "write a number of members (5), a fraction of the voting members (1/2, 2/3, 50 %) "
    "or “majority”": QT_TRANSLATE_NOOP(
        "Errors",
        "write a number of members (5), a fraction of the voting members (1/2, 2/3, 50 %) "
        "or “majority”",
    ),
    "a quorum of zero members is no quorum": QT_TRANSLATE_NOOP(
        "Errors", "a quorum of zero members is no quorum"
    ),
    "a fraction of the members is above 0 and at most 1": QT_TRANSLATE_NOOP(
        "Errors", "a fraction of the members is above 0 and at most 1"
    ),
    "a member marked excused or absent cannot hold a proxy": QT_TRANSLATE_NOOP(
        "Errors", "a member marked excused or absent cannot hold a proxy"
    ),
    "nobody holds their own proxy": QT_TRANSLATE_NOOP("Errors", "nobody holds their own proxy"),
    "only a meeting that was held has a next one to plan from": QT_TRANSLATE_NOOP(
        "Errors", "only a meeting that was held has a next one to plan from"
    ),
    "the next meeting starts after this one": QT_TRANSLATE_NOOP(
        "Errors", "the next meeting starts after this one"
    ),
    "this file is larger than the 25 MiB an attachment may hold": QT_TRANSLATE_NOOP(
        "Errors", "this file is larger than the 25 MiB an attachment may hold"
    ),
    "this is not a file that can be read": QT_TRANSLATE_NOOP(
        "Errors", "this is not a file that can be read"
    ),
    "this file could not be written (a folder that does not exist, or no permission)": QT_TRANSLATE_NOOP(
        "Errors",
        "this file could not be written (a folder that does not exist, or no permission)",
    ),
    "files attach to a meeting, an agenda item or a decision": QT_TRANSLATE_NOOP(
        "Errors", "files attach to a meeting, an agenda item or a decision"
    ),
}

CONFLICT_PATTERNS = [
    (
        re.compile(r"^This action has progress notes"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "This action has progress notes, which only an action can hold; it stays an action.",
        ),
    ),
    (
        re.compile(r"^Actions follow from this decision"),
        QT_TRANSLATE_NOOP(
            "Errors", "Actions follow from this decision; link them elsewhere before converting it."
        ),
    ),
    (
        re.compile(r"^This decision is part of a supersession"),
        QT_TRANSLATE_NOOP(
            "Errors", "This decision is part of a supersession; it stays a decision."
        ),
    ),
    (
        re.compile(r"^This (\w+) has figures, which a (\w+) cannot hold"),
        QT_TRANSLATE_NOOP(
            "Errors", "This %1 has figures, which a %2 cannot hold; remove them first."
        ),
    ),
    (
        re.compile(r"^This (\w+) feeds initiatives, which a (\w+) cannot"),
        QT_TRANSLATE_NOOP(
            "Errors", "This %1 feeds initiatives, which a %2 cannot; unlink them first."
        ),
    ),
    (
        re.compile(r"^Files are attached to this decision"),
        QT_TRANSLATE_NOOP("Errors", "Files are attached to this decision; it stays a decision."),
    ),
    (
        re.compile(r"^The file (.+) in the register is damaged"),
        QT_TRANSLATE_NOOP(
            "Errors", "The file %1 in the register is damaged (its SHA-256 differs)."
        ),
    ),
]

KINDS = {"attachment": QT_TRANSLATE_NOOP("Errors", "attached file")}
