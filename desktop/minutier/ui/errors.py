"""The user's language for the core's errors: ``user_message(error)`` → one translated sentence.

The core raises ``MinutierError`` subclasses whose ``str()`` is an English sentence built from a
template and parameters. Here each class (and, for database problems, each ``hint``) has its own
translated template, filled from the same parameters: field names and record kinds are
translated, and the common reasons of a validation error too.

What stays English: the free text of a parameter that is itself English prose and has no
translated counterpart here — a rare validation reason, the detail of a ``Conflict`` that no
pattern below recognises, and SQLite's own words quoted inside "cannot be used: …". Names,
numbers and what the user typed are never translated.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from minutier.core import date_reasons
from minutier.core.errors import (
    Ambiguous,
    Conflict,
    DatabaseProblem,
    FrozenRecord,
    MinutierError,
    NotFound,
    ValidationError,
)

CONTEXT = "Errors"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def fill(template: str, *values: object) -> str:
    """Replace %1, %2… (from the highest number down, so %1 never eats %10)."""
    for n in range(len(values), 0, -1):
        template = template.replace(f"%{n}", str(values[n - 1]))
    return template


# Record kinds as errors name them (table names with spaces).
KINDS = {
    "action": QT_TRANSLATE_NOOP("Errors", "action"),
    "action note": QT_TRANSLATE_NOOP("Errors", "progress note"),
    "agenda item": QT_TRANSLATE_NOOP("Errors", "agenda item"),
    "announcement": QT_TRANSLATE_NOOP("Errors", "announcement"),
    "attendance": QT_TRANSLATE_NOOP("Errors", "attendance"),
    "committee": QT_TRANSLATE_NOOP("Errors", "committee"),
    "decision": QT_TRANSLATE_NOOP("Errors", "decision"),
    "figure": QT_TRANSLATE_NOOP("Errors", "figure"),
    "initiative": QT_TRANSLATE_NOOP("Errors", "initiative"),
    "meeting": QT_TRANSLATE_NOOP("Errors", "meeting"),
    "meeting series": QT_TRANSLATE_NOOP("Errors", "meeting series"),
    "membership": QT_TRANSLATE_NOOP("Errors", "membership"),
    "minutes version": QT_TRANSLATE_NOOP("Errors", "minutes version"),
    "approved minutes version": QT_TRANSLATE_NOOP("Errors", "approved minutes version"),
    "note": QT_TRANSLATE_NOOP("Errors", "note"),
    "organisation": QT_TRANSLATE_NOOP("Errors", "organisation"),
    "owner": QT_TRANSLATE_NOOP("Errors", "person or organisation"),
    "person": QT_TRANSLATE_NOOP("Errors", "person"),
    "person role": QT_TRANSLATE_NOOP("Errors", "role"),
    "source": QT_TRANSLATE_NOOP("Errors", "source"),
}

# Fixed reasons of validation errors (the English text is the key).
REASONS = {
    "this field is required": QT_TRANSLATE_NOOP("Errors", "this field is required"),
    "this must be text": QT_TRANSLATE_NOOP("Errors", "this must be text"),
    "this text holds invisible control characters": QT_TRANSLATE_NOOP(
        "Errors", "this text holds invisible control characters"
    ),
    "this is not an e-mail address": QT_TRANSLATE_NOOP("Errors", "this is not an e-mail address"),
    "this must be a whole number": QT_TRANSLATE_NOOP("Errors", "this must be a whole number"),
    "this must be a positive whole number": QT_TRANSLATE_NOOP(
        "Errors", "this must be a positive whole number"
    ),
    "use 1 to 32 letters, digits, dots, dashes or underscores": QT_TRANSLATE_NOOP(
        "Errors", "use 1 to 32 letters, digits, dots, dashes or underscores"
    ),
    "this is not a number": QT_TRANSLATE_NOOP("Errors", "this is not a number"),
    "this amount is too large": QT_TRANSLATE_NOOP("Errors", "this amount is too large"),
    "this quantity is too large": QT_TRANSLATE_NOOP("Errors", "this quantity is too large"),
    "this action no longer exists": QT_TRANSLATE_NOOP("Errors", "this action no longer exists"),
    "it belongs to another committee": QT_TRANSLATE_NOOP(
        "Errors", "it belongs to another committee"
    ),
    "an action belongs to a committee or a meeting": QT_TRANSLATE_NOOP(
        "Errors", "an action belongs to a committee or a meeting"
    ),
    "a decision belongs to a committee or a meeting": QT_TRANSLATE_NOOP(
        "Errors", "a decision belongs to a committee or a meeting"
    ),
    "an announcement outside a meeting needs a date": QT_TRANSLATE_NOOP(
        "Errors", "an announcement outside a meeting needs a date"
    ),
    "this item belongs to another meeting": QT_TRANSLATE_NOOP(
        "Errors", "this item belongs to another meeting"
    ),
    # References that would loop (store.cycles).
    "a committee cannot be its own parent, even through others": QT_TRANSLATE_NOOP(
        "Errors", "a committee cannot be its own parent, even through others"
    ),
    "an organisation cannot be its own parent, even through others": QT_TRANSLATE_NOOP(
        "Errors", "an organisation cannot be its own parent, even through others"
    ),
    "an initiative cannot be its own parent, even through others": QT_TRANSLATE_NOOP(
        "Errors", "an initiative cannot be its own parent, even through others"
    ),
    "decisions cannot supersede each other, even through others": QT_TRANSLATE_NOOP(
        "Errors", "decisions cannot supersede each other, even through others"
    ),
    # Minutes (services.minutes, ui.minutes.dialogs).
    "choose a4 or letter": QT_TRANSLATE_NOOP("Errors", "choose A4 or Letter"),
    "choose fr, en or ko": QT_TRANSLATE_NOOP("Errors", "choose French, English or Korean"),
    "it took place before the meeting itself": QT_TRANSLATE_NOOP(
        "Errors", "it took place before the meeting itself"
    ),
    "minutes are approved after the meeting": QT_TRANSLATE_NOOP(
        "Errors", "minutes are approved after the meeting"
    ),
    "it is after today in the meeting's time zone; an approval cannot be recorded ahead of time": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "it is after today in the meeting's time zone; an approval cannot be recorded "
            "ahead of time",
        )
    ),
    "an amendment is approved after it is opened": QT_TRANSLATE_NOOP(
        "Errors", "an amendment is approved after it is opened"
    ),
    "say why the approved minutes must change": QT_TRANSLATE_NOOP(
        "Errors", "say why the approved minutes must change"
    ),
    date_reasons.NOT_A_DATE: QT_TRANSLATE_NOOP(
        "Errors",
        "this is not a date Minutier understands; "
        "try 2025-03-31, 31/03/2025, “fin mars” or “next Friday”",
    ),
    date_reasons.NO_SUCH_DAY: QT_TRANSLATE_NOOP("Errors", "there is no such day in the calendar"),
    date_reasons.TOO_FAR: QT_TRANSLATE_NOOP(
        "Errors", "this date is outside the years Minutier can hold (1 to 9999)"
    ),
    date_reasons.EMPTY: QT_TRANSLATE_NOOP(
        "Errors",
        "nothing was entered; type a date such as 2025-03-31, 31/03/2025 or “next Friday”",
    ),
    date_reasons.NO_SUCH_TIME: QT_TRANSLATE_NOOP("Errors", "there is no such time of day"),
    date_reasons.TIME_IN_DUE_DATE: QT_TRANSLATE_NOOP(
        "Errors", "a due date is a day, without a time of day"
    ),
    date_reasons.NOT_A_DATETIME: QT_TRANSLATE_NOOP(
        "Errors",
        "this is not a date and time Minutier understands; "
        "try 2025-02-16 10:00, 16/02/2025 10:00 or “16 février 2025 à 10h00”",
    ),
    date_reasons.NOT_A_PARTIAL_DATE: QT_TRANSLATE_NOOP(
        "Errors",
        "this is not a year, month or day Minutier understands; "
        "try 2027, 2023-09, 2023-09-01 or “septembre 2023”",
    ),
    date_reasons.NOT_A_TIMEZONE: QT_TRANSLATE_NOOP(
        "Errors",
        "this is not a time zone Minutier knows; use an IANA name such as Europe/Paris",
    ),
    date_reasons.NOT_A_RRULE: QT_TRANSLATE_NOOP(
        "Errors",
        "this is not a recurrence rule Minutier understands; "
        "write an RFC 5545 rule such as FREQ=MONTHLY;BYDAY=+2TU",
    ),
}

# Reasons with a value inside: (pattern, translated template with %1…).
REASON_PATTERNS = [
    (
        re.compile(r"^this is longer than ([\d,]+) characters$"),
        QT_TRANSLATE_NOOP("Errors", "this is longer than %1 characters"),
    ),
    (
        re.compile(r"^choose one of: (.+)$"),
        QT_TRANSLATE_NOOP("Errors", "choose one of: %1"),
    ),
    (
        re.compile(r"^choose a place from 1 to (\d+)$"),
        QT_TRANSLATE_NOOP("Errors", "choose a place from 1 to %1"),
    ),
    (
        re.compile(r"^the minutes were approved on (\d{4}-\d{2}-\d{2})$"),
        QT_TRANSLATE_NOOP("Errors", "the minutes were approved on %1"),
    ),
    (
        re.compile(r"^(\w{3}) has no smaller unit than this allows$"),
        QT_TRANSLATE_NOOP("Errors", "%1 has no smaller unit than this allows"),
    ),
]

# Whole sentences of Conflict errors: (pattern on the English sentence, translated template).
CONFLICT_PATTERNS = [
    (
        re.compile(r"^This (.+?) cannot be deleted while it has (.+) records; delete or move"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "This %1 cannot be deleted while it has records of these kinds: %2. "
            "Delete or move those first.",
        ),
    ),
    (
        re.compile(r"^The (.+) no longer exists\.$"),
        QT_TRANSLATE_NOOP("Errors", "This %1 no longer exists; someone may have deleted it."),
    ),
    (
        re.compile(r"^Another record already uses this value \((.*)\)\.$"),
        QT_TRANSLATE_NOOP("Errors", "Another record already uses this value (%1)."),
    ),
    (
        re.compile(r"^This record is still referred to by others"),
        QT_TRANSLATE_NOOP(
            "Errors", "This record is still referred to by others, or refers to one that is gone."
        ),
    ),
    (
        re.compile(r"^The values break a rule of the register \((.*)\)\.$"),
        QT_TRANSLATE_NOOP("Errors", "The values break a rule of the register (%1)."),
    ),
    (
        re.compile(r"^A required value is missing \((.*)\)\.$"),
        QT_TRANSLATE_NOOP("Errors", "A required value is missing (%1)."),
    ),
    (
        re.compile(r"^There is nothing to undo for this step\.$"),
        QT_TRANSLATE_NOOP("Errors", "There is nothing to undo for this step."),
    ),
    (
        re.compile(r"this step cannot be undone\.$"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "This step cannot be undone: what it changed was changed again since. "
            "Undo the later steps first.",
        ),
    ),
    (
        re.compile(r"^The minutes of this meeting are approved; record an amendment instead\.$"),
        QT_TRANSLATE_NOOP(
            "Errors", "The minutes of this meeting are approved; record an amendment instead."
        ),
    ),
    (
        re.compile(r"^Minutes are approved through “Approve minutes”"),
        QT_TRANSLATE_NOOP(
            "Errors", "Minutes are approved through “Approve minutes”, which records the PDF."
        ),
    ),
    # Minutes: approval and amendments (services.minutes, the freeze triggers).
    (
        re.compile(r"^The minutes of (\S+) are already approved; open an amendment"),
        QT_TRANSLATE_NOOP(
            "Errors", "The minutes of %1 are already approved; open an amendment to change them."
        ),
    ),
    (
        re.compile(r"^The minutes of (\S+) cannot be approved: the meeting is planned\.$"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The minutes of %1 cannot be approved yet: the meeting has not been held.",
        ),
    ),
    (
        re.compile(r"^The minutes of (\S+) cannot be approved: the meeting is cancelled\.$"),
        QT_TRANSLATE_NOOP(
            "Errors", "The minutes of %1 cannot be approved: the meeting was cancelled."
        ),
    ),
    (
        re.compile(r"^The minutes of (\S+) are not approved; they can be edited without"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The minutes of %1 are not approved; they can be edited without an amendment.",
        ),
    ),
    (
        re.compile(r"^The minutes of (\S+) are marked approved but no approved version"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The minutes of %1 are marked approved but no approved version is on record; "
            "approve them to record one, then amend that.",
        ),
    ),
    (
        re.compile(r"an amendment of these minutes is open"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "An amendment of these minutes is open: only approving the minutes again "
            "marks them approved, with the new version.",
        ),
    ),
    (
        re.compile(r"^A role in the list belongs to someone else"),
        QT_TRANSLATE_NOOP(
            "Errors", "A role in the list belongs to someone else; reopen the person."
        ),
    ),
]

# Database problems by hint; %1 is the file's name.
DATABASE_HINTS = {
    "busy": QT_TRANSLATE_NOOP(
        "Errors",
        "%1 is busy: another program is writing to it. Nothing was changed; "
        "wait a moment and try again.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no room left to save in %1 (the disk is full): the change was not saved "
        "and nothing was half-written. Free some space, then try again.",
    ),
    "io_error": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk reported an error while saving %1: the change was not saved. "
        "Check the disk, then try again and check the file (File ▸ Check the file).",
    ),
    "read_only": QT_TRANSLATE_NOOP("Errors", "%1 is open read-only, so the change was not saved."),
    "checking": QT_TRANSLATE_NOOP(
        "Errors",
        "%1 is still being checked (every page is read once at opening); nothing was "
        "changed. Try again in a moment.",
    ),
    "update_app": QT_TRANSLATE_NOOP(
        "Errors",
        "%1 was written by a newer version of Minutier. Update Minutier to open it; "
        "nothing in the file was changed.",
    ),
    "restore_backup": QT_TRANSLATE_NOOP(
        "Errors",
        "%1 is damaged or empty and cannot be read. Nothing was written to it. "
        "Restore a backup, or check the file to see what is wrong.",
    ),
    "choose_another": QT_TRANSLATE_NOOP(
        "Errors",
        "%1 cannot be opened as a Minutier register (it is missing, or not a Minutier "
        "file). Choose another file.",
    ),
    "check_permissions": QT_TRANSLATE_NOOP(
        "Errors", "%1 cannot be read or created here: check the folder's permissions."
    ),
    "open_writable": QT_TRANSLATE_NOOP(
        "Errors",
        "%1 was made by an older Minutier and must be brought up to date, which cannot be done "
        "while it is open read-only. Open it where it can be written.",
    ),
    "in_use": QT_TRANSLATE_NOOP(
        "Errors", "%1 is in use in another Minutier window or program; close it there first."
    ),
    "backup_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "%1 needs a backup before it is brought up to date, and none could be made, so nothing "
        "was changed. Free some space or check the backups folder, then open it again.",
    ),
    "foreign_schema": QT_TRANSLATE_NOOP(
        "Errors",
        "%1 was refused: its structure is not one Minutier made (%2), so nothing in it was "
        "read or run. If it came from someone else, ask them for an export instead.",
    ),
}


# Whole sentences about files (database problems and the notices shown after opening).
FILE_PATTERNS = [
    (
        re.compile(r"^A copy cannot replace the file it is a copy of"),
        QT_TRANSLATE_NOOP(
            "Errors", "A copy cannot replace the file it is a copy of; choose another name."
        ),
    ),
    (
        re.compile(r"^(.+) is being edited by (.+), so it is open read-only here\."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 is being edited by %2, so it is open read-only here. "
            "Close it there to make changes.",
        ),
    ),
    (
        re.compile(r"^(.+) is in use by (.+)\. Close it there, then open it again\.$"),
        QT_TRANSLATE_NOOP("Errors", "%1 is in use by %2. Close it there, then open it again."),
    ),
    (
        re.compile(r"^(.+) is on a network drive \((.+)\), where SQLite cannot lock it"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 is on a network drive (%2), where it cannot be locked reliably, so it is open "
            "read-only. Copy it to this computer to edit it.",
        ),
    ),
    (
        re.compile(r"^The note naming who edits (.+) \((.+)\) cannot be written"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The note naming who edits %1 (%2) cannot be written, so it is open read-only.",
        ),
    ),
    (
        re.compile(r"^(.+) already exists and is not replaced; choose another name\.$"),
        QT_TRANSLATE_NOOP("Errors", "%1 already exists and is not replaced; choose another name."),
    ),
    (
        re.compile(r"^(.+) is in the middle of a change; save or cancel it"),
        QT_TRANSLATE_NOOP(
            "Errors", "%1 is in the middle of a change; save or cancel it, then save a copy."
        ),
    ),
    (
        re.compile(r"^There is no room left on the disk for the copy (.+); nothing was kept"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is no room left on the disk for the copy %1; nothing was kept and the "
            "register itself is untouched. Free some space, then try again.",
        ),
    ),
    (
        re.compile(r"^(.+) cannot be changed \(no write permission, or read-only media\)"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 cannot be changed (no write permission, or read-only media), "
            "so it is open read-only.",
        ),
    ),
    (
        re.compile(r"^The folder of (.+) cannot be written"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The folder of %1 cannot be written (no permission, or read-only media), "
            "so it is open read-only.",
        ),
    ),
    (
        re.compile(r"^(.+) is damaged and cannot be read \("),
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 is damaged: the check at opening found pages that cannot be read, so it is "
            "open read-only and nothing was written to it. Restore a backup, or check the "
            "file to see what is wrong.",
        ),
    ),
    (
        re.compile(r"^(.+) was not closed properly last time \((.+)\); every change saved"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 was not closed properly last time (%2); every change saved before that was kept.",
        ),
    ),
    (
        re.compile(r"^Today's automatic backup could not be made: (.+)$"),
        QT_TRANSLATE_NOOP("Errors", "Today's automatic backup could not be made: %1"),
    ),
    (
        re.compile(r"^(.+) is shown as it was at (\d\d:\d\d), from a private copy"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 is shown as it was at %2, from a private copy: its folder cannot be written, "
            "so it cannot be read live. Changes made by others after that are not shown; "
            "open it again to see them.",
        ),
    ),
    (
        re.compile(r"^(.+) kept changing while a private copy was taken to read it"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 kept changing while a private copy was taken to read it (someone is saving "
            "into it), so it was not opened; try again in a moment.",
        ),
    ),
    (
        re.compile(r"^There is no room on this computer for the private copy (.+) must be read"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is no room on this computer for the private copy %1 must be read from "
            "(its folder cannot be written); free some space, then open it again.",
        ),
    ),
    (
        re.compile(r"^There is no room left on the disk to finish (.+) \(the disk is full\)"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is no room left on the disk to finish %1 (the disk is full); nothing was "
            "created. Free some space, then try again.",
        ),
    ),
    (
        re.compile(r"^(.+) is open read-only; changes cannot be saved\.$"),
        QT_TRANSLATE_NOOP("Errors", "%1 is open read-only; changes cannot be saved."),
    ),
]


def _known_file_sentence(sentence: str) -> str | None:
    for pattern, template in FILE_PATTERNS:
        m = pattern.search(sentence)
        if m:
            return fill(tr(template), *m.groups())
    return None


def file_sentence(sentence: str) -> str:
    """A sentence about a file (a notice after opening, a database problem) translated if known."""
    known = _known_file_sentence(sentence)
    return sentence if known is None else known


def kind_name(kind: str) -> str:
    source = KINDS.get(kind.replace("_", " "))
    return tr(source) if source else kind


# Conversion, quorum, next meeting and attached files keep their sentences in their own module.
from minutier.ui import errors_records as _records  # noqa: E402

REASONS.update(_records.REASONS)
CONFLICT_PATTERNS += _records.CONFLICT_PATTERNS
KINDS.update(_records.KINDS)


def reason_text(reason: str) -> str:
    """A validation reason in the user's language (English if unknown)."""
    source = REASONS.get(reason)
    if source is not None:
        return tr(source)
    for pattern, template in REASON_PATTERNS:
        m = pattern.match(reason)
        if m:
            return fill(tr(template), *m.groups())
    return reason


def field_name(field: str) -> str:
    try:
        from minutier.ui.forms.labels import field_label
    except ImportError:  # the forms package is optional for the window's messages
        return field[:1].upper() + field[1:]
    return ", ".join(field_label(part.strip()) for part in field.split(","))


def _validation(error: ValidationError) -> str:
    field, reason, text = field_name(error.field), reason_text(error.reason), error.params["text"]
    if text:
        return fill(
            QCoreApplication.translate("Errors", "%1: %2 (you entered “%3”)."), field, reason, text
        )
    return fill(QCoreApplication.translate("Errors", "%1: %2."), field, reason)


def _conflict(error: Conflict) -> str:
    sentence = str(error)
    for pattern, template in CONFLICT_PATTERNS:
        m = pattern.search(sentence)
        if m:
            groups = [kind_name(g) if i == 0 else g for i, g in enumerate(m.groups())]
            if len(groups) > 1 and pattern is CONFLICT_PATTERNS[0][0]:
                groups[1] = ", ".join(kind_name(k.strip()) for k in groups[1].split(","))
            return fill(tr(template), *groups)
    return sentence


def _database(error: DatabaseProblem) -> str:
    known = _known_file_sentence(str(error))
    if known is not None:
        return known
    hint = error.hint
    name = Path(error.params.get("path") or "").name or QCoreApplication.translate(
        "Errors", "the file"
    )
    template = DATABASE_HINTS.get(hint)
    if template is None:
        return str(error)
    return fill(tr(template), name, error.params.get("objects", ""))


def user_message(error: MinutierError) -> str:
    """One sentence saying what was wrong and what to do, in the interface's language."""
    if isinstance(error, ValidationError):
        return _validation(error)
    if isinstance(error, NotFound):
        return fill(
            QCoreApplication.translate("Errors", "No %1 matches “%2”."),
            kind_name(error.params["kind"]),
            error.params["ref"],
        )
    if isinstance(error, Ambiguous):
        return fill(
            QCoreApplication.translate(
                "Errors", "“%1” matches several records (%2): %3. Be more precise."
            ),
            error.params["ref"],
            kind_name(error.params["kind"]),
            error.params["choices"],
        )
    if isinstance(error, FrozenRecord):
        return QCoreApplication.translate(
            "Errors",
            "This record belongs to a meeting whose minutes are approved; "
            "open an amendment (with a reason) to change it.",
        )
    if isinstance(error, Conflict):
        return _conflict(error)
    if isinstance(error, DatabaseProblem):
        return _database(error)
    return str(error)
