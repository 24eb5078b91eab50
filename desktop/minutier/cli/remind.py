"""Commands that remind owners of their actions: remind (write or send e-mails), mail-settings."""

from __future__ import annotations

import argparse
import getpass
import sys

from minutier.cli.common import add_db, open_db
from minutier.core.errors import ValidationError
from minutier.services import lookup, mail_settings, reminders


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "remind",
        help="one e-mail per owner of open actions (text, HTML and an .ics), written or sent",
    )
    add_db(p)
    p.add_argument("--owner", metavar="NAME", help="only this person or organisation")
    p.add_argument(
        "--within", metavar="DAYS", help="only actions due within this time (14d, 2w); overdue too"
    )
    p.add_argument("--lang", choices=["fr", "en", "ko"], help="language (default: the committee's)")
    p.add_argument("--out", metavar="DIR", help="write the e-mails as .eml files into DIR")
    p.add_argument(
        "--send", action="store_true", help="send them through the SMTP server of mail-settings"
    )
    p.set_defaults(func=cmd_remind)

    p = sub.add_parser(
        "mail-settings", help="the SMTP server reminders are sent through (password in the keyring)"
    )
    p.add_argument("--host", required=True, metavar="HOST", help="the SMTP server")
    p.add_argument("--port", type=int, default=587, help="its port (default 587)")
    p.add_argument(
        "--no-starttls", action="store_true", help="do not secure the connection (a local relay)"
    )
    p.add_argument("--user", default="", metavar="NAME", help="the login name, if the server asks")
    p.add_argument("--sender", default="", metavar="ADDRESS", help="the From address")
    p.add_argument("--cafile", default="", metavar="FILE", help="a CA certificate to trust")
    p.add_argument(
        "--password",
        action="store_true",
        help="ask for the password (or read it from standard input) and keep it in the keyring",
    )
    p.set_defaults(func=cmd_mail_settings)


def cmd_remind(args: argparse.Namespace) -> int:
    if not args.out and not args.send:
        raise ValidationError("remind", "", "say where the e-mails go: --out DIR, or --send")
    within = reminders.parse_within(args.within) if args.within else None
    settings = mail_settings.load()
    with open_db(args.db) as store:
        owner = None
        if args.owner:
            kind, row = lookup.owner(store, args.owner)
            owner = (kind, row["id"])
        groups = reminders.gather(store, owner=owner, within_days=within)
        for group in groups:
            reminders.compose(
                store, group, sender=settings.sender or reminders.DEFAULT_SENDER, language=args.lang
            )
    if not groups:
        print("No owner has open actions to be reminded of.")
        return 0
    for group in groups:
        if not group.email:
            print(
                f"{group.name} has no e-mail address; the e-mail has no recipient.", file=sys.stderr
            )
    if args.out:
        written = reminders.write(groups, args.out)
        print(f"Wrote {len(written)} e-mail(s) to {args.out}")
    if args.send:
        password = mail_settings.password(settings.username) if settings.username else None
        sent = reminders.send(groups, settings, password)
        print(f"Sent {sent} e-mail(s) through {settings.host}")
    return 0


def cmd_mail_settings(args: argparse.Namespace) -> int:
    settings = mail_settings.MailSettings(
        host=args.host.strip(),
        port=args.port,
        starttls=not args.no_starttls,
        username=args.user.strip(),
        sender=args.sender.strip(),
        cafile=args.cafile.strip(),
    )
    path = mail_settings.save(settings)
    if args.password:
        if not settings.username:
            raise ValidationError("--password", "", "give the login name with --user as well")
        secret = (
            getpass.getpass(f"Password of {settings.username}: ")
            if sys.stdin.isatty()
            else sys.stdin.readline().rstrip("\n")
        )
        mail_settings.set_password(settings.username, secret)
        print("The password is kept in the system keyring.")
    print(f"Mail settings saved in {path}")
    return 0
