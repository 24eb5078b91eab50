"""Reminder e-mails: composed per owner (RFC 5322, text + HTML + .ics), written, and sent to a
real SMTP server started here (STARTTLS, login, password from a keyring)."""

from __future__ import annotations

import datetime as dt
import email
import ssl
from email import policy
from pathlib import Path

import keyring
import pytest
from smtp_server import PASSWORD, USER, MemoryKeyring, self_signed, start

from minutier.core.errors import MinutierError, ValidationError
from minutier.services import actions, mail_settings, records, reminders
from minutier.store.connection import Store

TODAY = dt.date(2025, 3, 20)


@pytest.fixture
def owners(store: Store, committee: int, meeting: int) -> dict[str, int]:
    kim = records.create(
        store,
        "person",
        {"name": "Kim <Min-ji> & co", "native_name": "김민지", "email": "kim@example.org"},
    )
    msit = records.create(
        store,
        "organisation",
        {"name": "Ministère des Sciences", "short_name": "MSIT", "email": "msit@example.go.kr"},
    )
    nobody = records.create(store, "person", {"name": "Sans Adresse"})
    actions.create_action(
        store,
        "Envoyer <b>le plan</b> & le budget",
        meeting_id=meeting,
        owner_person_id=kim,
        due="2025-03-10",
    )
    actions.create_action(
        store, "Réserver la salle", meeting_id=meeting, owner_person_id=kim, due="2025-04-30"
    )
    done = actions.create_action(
        store, "Déjà fait", meeting_id=meeting, owner_person_id=kim, due="2025-03-01"
    )
    actions.set_status(store, [done], "done")
    actions.create_action(
        store,
        "Rédiger la note 한글",
        meeting_id=meeting,
        owner_organisation_id=msit,
        due="2025-03-25",
    )
    actions.create_action(store, "Sans date", meeting_id=meeting, owner_person_id=nobody)
    return {"kim": kim, "msit": msit, "nobody": nobody}


def test_parse_within() -> None:
    assert [
        reminders.parse_within(t) for t in ("14d", "14", "2w", "2 semaines", "10 jours", "3주")
    ] == [14, 14, 14, 14, 10, 21]
    with pytest.raises(ValidationError):
        reminders.parse_within("soon")


def test_one_email_per_owner_with_text_html_and_ics(
    store: Store, owners: dict[str, int], tmp_path: Path
) -> None:
    groups = reminders.gather(store, today=TODAY)
    assert [(g.name, len(g.actions), g.overdue) for g in groups] == [
        ("Kim <Min-ji> & co", 2, 1),
        ("Ministère des Sciences", 1, 0),
        ("Sans Adresse", 1, 0),
    ]
    within = reminders.gather(store, within_days=7, today=TODAY)  # overdue, and due by 27 March
    assert [(g.name, [a["text"][:7] for a in g.actions]) for g in within] == [
        ("Kim <Min-ji> & co", ["Envoyer"]),
        ("Ministère des Sciences", ["Rédiger"]),
    ]
    for group in groups:
        reminders.compose(store, group, sender="Secrétariat <sec@example.org>")
    written = reminders.write(groups, tmp_path / "out")
    assert [p.name for p in written] == [
        f"person-{owners['kim']}-Kim-Min-ji-co.eml",
        f"organisation-{owners['msit']}-Ministère-des-Sciences.eml",
        f"person-{owners['nobody']}-Sans-Adresse.eml",
    ]
    raw = written[0].read_bytes()
    assert raw.isascii() and b"\r\n" in raw  # RFC 5322 on the wire: CRLF, encoded words
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "kim@example.org"
    assert message["To"].addresses[0].display_name == "Kim <Min-ji> & co"
    assert message["Subject"] == "2 action(s) en cours pour Kim <Min-ji> & co, dont 1 en retard"
    text = message.get_body(("plain",)).get_content()
    assert "Envoyer <b>le plan</b> & le budget" in text and "EN RETARD" in text
    assert text.index("Envoyer") < text.index("Réserver")  # overdue first
    page = message.get_body(("html",)).get_content()
    assert "Envoyer &lt;b&gt;le plan&lt;/b&gt; &amp; le budget" in page and "<b>le plan" not in page
    [ics] = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
    calendar = ics.get_content()
    assert (
        calendar.count("BEGIN:VTODO") == 2
        and "Déjà fait" not in calendar
        and "VEVENT" not in calendar
    )
    assert "To" not in email.message_from_bytes(written[2].read_bytes())  # no address: no recipient


@pytest.fixture
def tls_server(tmp_path: Path):  # type: ignore[no-untyped-def]
    cert, key = self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    controller, inbox = start(context, auth=True)
    yield controller, inbox, cert
    controller.stop()


@pytest.fixture
def memory_keyring():  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_send_through_starttls_and_login(
    store: Store, owners, tls_server, memory_keyring, minutier_home
) -> None:
    controller, inbox, cert = tls_server
    settings = mail_settings.MailSettings(
        host="127.0.0.1",
        port=controller.port,
        username=USER,
        sender="sec@example.org",
        cafile=str(cert),
    )
    mail_settings.save(settings)
    mail_settings.set_password(USER, PASSWORD)
    assert mail_settings.load() == settings
    assert PASSWORD not in mail_settings.settings_path().read_text(encoding="utf-8")
    groups = reminders.gather(store, today=TODAY)
    for group in groups:
        reminders.compose(store, group, sender=settings.sender)
    sent = reminders.send(groups, settings, mail_settings.password(USER))
    assert sent == 2  # the owner without an address is not sent anything
    assert sorted(rcpt for _, rcpts, _ in inbox.messages for rcpt in rcpts) == [
        "kim@example.org",
        "msit@example.go.kr",
    ]
    received = email.message_from_bytes(inbox.messages[0][2], policy=policy.default)
    assert received.get_body(("plain",)).get_content().startswith("Bonjour")
    with pytest.raises(MinutierError, match="refused the user name or password"):
        reminders.send(groups, settings, "wrong")
    untrusted = mail_settings.MailSettings(host="127.0.0.1", port=controller.port, username=USER)
    with pytest.raises(MinutierError, match="secure connection"):
        reminders.send(groups, untrusted, PASSWORD)


def test_no_starttls_offered_means_nothing_sent_in_clear(store: Store, owners) -> None:
    controller, inbox = start(None, auth=False)
    try:
        groups = reminders.gather(store, today=TODAY)
        for group in groups:
            reminders.compose(store, group)
        settings = mail_settings.MailSettings(host="127.0.0.1", port=controller.port)
        with pytest.raises(MinutierError, match="does not offer STARTTLS"):
            reminders.send(groups, settings, None)
        assert inbox.messages == []
        plain = mail_settings.MailSettings(host="127.0.0.1", port=controller.port, starttls=False)
        assert reminders.send(groups, plain, None) == 2  # a local relay, chosen explicitly
    finally:
        controller.stop()


def test_no_keyring_is_said_in_a_sentence(memory_keyring, monkeypatch) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(MinutierError, match="No system keyring"):
        mail_settings.set_password(USER, PASSWORD)
    with pytest.raises(MinutierError, match="No system keyring"):
        mail_settings.password(USER)
