"""Reminders to the owners of actions, without a server of our own: one e-mail per owner.

Each e-mail (RFC 5322, UTF-8) lists the owner's open actions — overdue ones first and marked —
as plain text and as HTML, with an iCalendar file of those actions attached. They are written
to a folder as ``.eml`` files for the user's mail program, or sent through the SMTP server of
the mail settings (``services.mail_settings``; STARTTLS and login, the password from the
system keyring).
"""

from __future__ import annotations

import datetime as dt
import html
import re
import smtplib
import ssl
import unicodedata
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path
from typing import Any

from minutier.core import clock, vocabulary
from minutier.core.enums import OPEN_ACTION_STATUSES, ActionStatus
from minutier.core.errors import MinutierError, ValidationError
from minutier.services.mail_settings import MailSettings
from minutier.store.connection import Store

DEFAULT_SENDER = "Minutier <minutier@localhost>"
_WITHIN = re.compile(r"\s*([0-9]{1,4})\s*(d|days?|j|jours?|일|w|weeks?|semaines?|주)?\s*", re.I)

_TEXTS = {
    "en": {
        "subject": "{n} open action(s) for {name}",
        "subject_overdue": "{n} open action(s) for {name}, {late} overdue",
        "hello": "Hello {name},",
        "intro": "These actions recorded by the committee are open and yours:",
        "due": "due {date}",
        "no_due": "no due date",
        "overdue": "OVERDUE",
        "outro": "The attached calendar file lists them for your calendar or task list.",
        "head": ("Reference", "Action", "Due", "Status"),
    },
    "fr": {
        "subject": "{n} action(s) en cours pour {name}",
        "subject_overdue": "{n} action(s) en cours pour {name}, dont {late} en retard",
        "hello": "Bonjour {name},",
        "intro": "Ces actions enregistrées par le comité sont ouvertes et vous reviennent\u00a0:",
        "due": "échéance {date}",
        "no_due": "sans échéance",
        "overdue": "EN RETARD",
        "outro": "Le fichier de calendrier joint les reprend pour votre agenda ou vos tâches.",
        "head": ("Référence", "Action", "Échéance", "Statut"),
    },
    "ko": {
        "subject": "{name}님의 미결 조치 {n}건",
        "subject_overdue": "{name}님의 미결 조치 {n}건 (기한 경과 {late}건)",
        "hello": "{name}님께,",
        "intro": "위원회가 기록한 다음 조치 사항이 아직 완료되지 않았습니다:",
        "due": "기한 {date}",
        "no_due": "기한 없음",
        "overdue": "기한 경과",
        "outro": "첨부한 일정 파일로 달력이나 할 일 목록에 추가할 수 있습니다.",
        "head": ("번호", "조치 사항", "기한", "상태"),
    },
}

for _lang, _texts in _TEXTS.items():  # the words the PDFs and exports use (core.vocabulary)
    _texts["status"] = {
        str(s): vocabulary.word(ActionStatus, s, _lang) for s in OPEN_ACTION_STATUSES
    }


@dataclass
class OwnerReminder:
    """One owner's open actions, and the e-mail that reminds them."""

    kind: str  # "person" or "organisation"
    id: int
    name: str
    email: str
    actions: list[dict[str, Any]] = field(default_factory=list)
    message: EmailMessage | None = None

    @property
    def overdue(self) -> int:
        return sum(1 for a in self.actions if a["overdue"])


def parse_within(text: str) -> int:
    """ "14d", "14", "2w", "2 semaines", "14일" → a number of days."""
    match = _WITHIN.fullmatch(text)
    if match is None:
        raise ValidationError(
            "--within", text, "write a number of days or weeks, such as 14d or 2w"
        )
    unit = (match[2] or "d").casefold()
    return int(match[1]) * (7 if unit[0] in "ws주" else 1)


def gather(
    store: Store,
    *,
    owner: tuple[str, int] | None = None,
    within_days: int | None = None,
    today: dt.date | None = None,
) -> list[OwnerReminder]:
    """Owners with open actions (due within ``within_days``, overdue ones always), by name."""
    today = today or clock.today()
    statuses = tuple(str(s) for s in OPEN_ACTION_STATUSES)
    where = f"a.status IN ({', '.join('?' * len(statuses))})"
    params: list[Any] = list(statuses)
    if within_days is not None:
        where += " AND a.due_on IS NOT NULL AND a.due_on <= ?"
        params.append((today + dt.timedelta(days=within_days)).isoformat())
    if owner is not None:
        column = "owner_person_id" if owner[0] == "person" else "owner_organisation_id"
        where += f" AND a.{column} = ?"
        params.append(owner[1])
    rows = store.query(
        "SELECT a.id, a.number, a.text, a.due_on, a.status, a.priority, c.code, c.language, "
        "a.owner_person_id, a.owner_organisation_id, coalesce(p.name, o.name) AS owner_name, "
        "coalesce(p.email, o.email, '') AS owner_email "
        "FROM action a JOIN committee c ON c.id = a.committee_id "
        "LEFT JOIN person p ON p.id = a.owner_person_id "
        "LEFT JOIN organisation o ON o.id = a.owner_organisation_id "
        f"WHERE {where} AND (a.owner_person_id IS NOT NULL OR a.owner_organisation_id IS NOT NULL) "
        "ORDER BY owner_name, a.due_on IS NULL, a.due_on, c.code, a.number",
        params,
    )
    groups: dict[tuple[str, int], OwnerReminder] = {}
    for r in rows:
        key = (
            ("person", r["owner_person_id"])
            if r["owner_person_id"]
            else ("organisation", r["owner_organisation_id"])
        )
        group = groups.setdefault(
            key, OwnerReminder(key[0], key[1], r["owner_name"], r["owner_email"])
        )
        r["ref"] = f"{r['code']}-A{r['number']}"
        r["overdue"] = bool(r["due_on"] and r["due_on"] < today.isoformat())
        group.actions.append(r)
    for group in groups.values():
        group.actions.sort(key=lambda a: (not a["overdue"], a["due_on"] is None, a["due_on"] or ""))
    return list(groups.values())


def _language(group: OwnerReminder, language: str | None) -> str:
    if language in _TEXTS:
        return language
    found = group.actions[0]["language"] if group.actions else "en"
    return found if found in _TEXTS else "en"


def _line(a: dict[str, Any], t: dict[str, Any]) -> tuple[str, str, str, str]:
    due = t["due"].format(date=a["due_on"]) if a["due_on"] else t["no_due"]
    status = t["overdue"] if a["overdue"] else t["status"].get(a["status"], a["status"])
    return a["ref"], a["text"], due, status


def _calendar(store: Store, group: OwnerReminder) -> bytes:
    from minutier.services.exchange import ics_format

    calendar = ics_format.build_calendar(store, owner=(group.kind, group.id))
    refs = {a["ref"] for a in group.actions}
    calendar.subcomponents = [
        c for c in calendar.subcomponents if str(c.get("summary", "")).split(" ", 1)[0] in refs
    ]
    return calendar.to_ical()


def compose(
    store: Store,
    group: OwnerReminder,
    *,
    sender: str = DEFAULT_SENDER,
    language: str | None = None,
    now: dt.datetime | None = None,
) -> EmailMessage:
    """The reminder e-mail of one owner: text and HTML parts, the actions as an .ics file."""
    t = _TEXTS[_language(group, language)]
    n, late = len(group.actions), group.overdue
    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    if group.email:
        message["To"] = formataddr((group.name, group.email))
    subject = t["subject_overdue" if late else "subject"]
    message["Subject"] = subject.format(n=n, late=late, name=group.name)
    message["Date"] = format_datetime(now or dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid(domain="minutier.invalid")
    lines = [_line(a, t) for a in group.actions]
    text = "\n".join(
        [
            t["hello"].format(name=group.name),
            "",
            t["intro"],
            "",
            *(
                f"- {ref} — {what} — {due}" + (f" — {st}" if st else "")
                for ref, what, due, st in lines
            ),
            "",
            t["outro"],
            "",
        ]
    )
    message.set_content(text, charset="utf-8")
    e = html.escape
    cells = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in lines)
    head = "".join(f"<th align='left'>{e(h)}</th>" for h in t["head"])
    body = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
        f"<p>{e(t['hello'].format(name=group.name))}</p><p>{e(t['intro'])}</p>"
        f"<table border='1' cellpadding='4' cellspacing='0'><tr>{head}</tr>{cells}</table>"
        f"<p>{e(t['outro'])}</p></body></html>"
    )
    message.add_alternative(body, subtype="html", charset="utf-8")
    message.add_attachment(
        _calendar(store, group), maintype="text", subtype="calendar", filename="actions.ics"
    )
    group.message = message
    return message


def file_name(group: OwnerReminder) -> str:
    """ "person-3-Choi-Sang-Mok.eml": unique by owner, readable, safe on every system."""
    plain = unicodedata.normalize("NFKC", group.name)
    slug = re.sub(r"[^\w]+", "-", plain).strip("-")[:60]
    return f"{group.kind}-{group.id}" + (f"-{slug}" if slug else "") + ".eml"


def write(groups: list[OwnerReminder], folder: str | Path) -> list[Path]:
    """Write each composed e-mail as an .eml file into ``folder`` (created if missing)."""
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
        written = []
        for group in groups:
            assert group.message is not None
            path = target / file_name(group)
            path.write_bytes(group.message.as_bytes())
            written.append(path)
    except OSError as e:
        raise MinutierError(f"Cannot write the e-mails into {target}: {e.strerror or e}.") from e
    return written


def send(groups: list[OwnerReminder], settings: MailSettings, password: str | None) -> int:
    """Send each composed e-mail that has an address; returns how many were sent."""
    if not settings.host:
        raise MinutierError(
            "No SMTP server is set; save one with 'minutier mail-settings --host …' first."
        )
    if settings.username and password is None:
        raise MinutierError(
            f"No password is kept for {settings.username}; "
            "give it with 'minutier mail-settings --password'."
        )
    sent = 0
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
            smtp.ehlo()
            if settings.starttls:
                context = ssl.create_default_context(cafile=settings.cafile or None)
                smtp.starttls(context=context)
                smtp.ehlo()
            if settings.username:
                assert password is not None
                if not (settings.username + password).isascii():
                    raise MinutierError(
                        "The SMTP login and password must be plain ASCII characters; "
                        "Python's SMTP client cannot send others."
                    )
                smtp.login(settings.username, password)
            for group in groups:
                if group.email and group.message is not None:
                    smtp.send_message(group.message)
                    sent += 1
    except smtplib.SMTPAuthenticationError as e:
        raise MinutierError("The SMTP server refused the user name or password.") from e
    except smtplib.SMTPNotSupportedError as e:
        raise MinutierError(
            f"The SMTP server {settings.host} does not offer STARTTLS; nothing was sent in clear."
        ) from e
    except ssl.SSLError as e:
        raise MinutierError(
            f"The secure connection to {settings.host} failed ({e.reason or e})."
        ) from e
    except (smtplib.SMTPException, OSError) as e:
        raise MinutierError(f"Sending through {settings.host}:{settings.port} failed: {e}.") from e
    return sent
