"""Commands that print: minutes, agenda, reports (actions, initiative), approve, amend, verify.

``verify`` exits 0 only when the file is, byte for byte, an approved version of some
meeting's minutes in this register; any other file (changed by one byte, a draft, a
reproduction, minutes of another register) exits 1 with a sentence saying what it is not.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from minutier.cli.common import add_db, open_db


def _add_lang(p: argparse.ArgumentParser, default_help: str) -> None:
    p.add_argument("--lang", choices=["fr", "en", "ko"], help=f"language (default: {default_help})")


def _add_paper(p: argparse.ArgumentParser, *, house: bool = False) -> None:
    if house:  # the committee's house style says which paper when not given
        p.add_argument(
            "--paper", choices=["a4", "letter"], help="a4 or letter (default: the house style's)"
        )
        return
    p.add_argument("--paper", choices=["a4", "letter"], default="a4", help="a4 (default) or letter")


def _add_out(p: argparse.ArgumentParser, *, required: bool = True) -> None:
    p.add_argument("--out", required=required, metavar="FILE.pdf", help="PDF file to write")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("minutes", help="print the minutes of a meeting as PDF")
    add_db(p)
    p.add_argument(
        "--meeting",
        required=True,
        metavar="REF",
        help="CODE/NUMBER, or the number alone if one committee has it",
    )
    _add_out(p)
    _add_lang(p, "the committee's")
    _add_paper(p, house=True)
    p.add_argument(
        "--version", type=int, metavar="N", help="write the archived approved version N instead"
    )
    p.add_argument(
        "--public",
        action="store_true",
        help="the public edition: confidential parts left out (default: the internal edition)",
    )
    p.add_argument(
        "--signatures",
        action="store_true",
        default=None,
        help="print the attendance list with a signature column",
    )
    p.set_defaults(func=cmd_minutes)

    p = sub.add_parser("agenda", help="print the agenda of a meeting, with carried-over actions")
    add_db(p)
    p.add_argument(
        "--meeting",
        required=True,
        metavar="REF",
        help="CODE/NUMBER, or the number alone if one committee has it",
    )
    _add_out(p)
    _add_lang(p, "the committee's")
    _add_paper(p)
    p.set_defaults(func=cmd_agenda)

    report = sub.add_parser("report", help="print a report: actions, initiative")
    kinds = report.add_subparsers(dest="report", metavar="KIND", required=True)
    p = kinds.add_parser("actions", help="open actions grouped by owner or initiative")
    add_db(p)
    _add_out(p)
    p.add_argument("--owner", metavar="X", help="only actions of this person or organisation")
    p.add_argument("--initiative", metavar="X", help="only actions of this initiative")
    p.add_argument("--committee", metavar="CODE", help="only actions of this committee")
    p.add_argument(
        "--group-by", choices=["owner", "initiative"], default="owner", help="owner (default)"
    )
    _add_lang(p, "the committees'")
    _add_paper(p)
    p.set_defaults(func=cmd_report_actions)
    p = kinds.add_parser("initiative", help="an initiative's figures and timeline")
    add_db(p)
    p.add_argument("initiative", metavar="REF", help="initiative id, code or name")
    _add_out(p)
    _add_lang(p, "the committees'")
    _add_paper(p)
    p.set_defaults(func=cmd_report_initiative)

    p = sub.add_parser("approve", help="approve a meeting's minutes: archive the PDF, freeze it")
    add_db(p)
    p.add_argument(
        "--meeting",
        required=True,
        metavar="REF",
        help="CODE/NUMBER, or the number alone if one committee has it",
    )
    p.add_argument("--at-meeting", metavar="REF", help="the meeting that approved them")
    p.add_argument(
        "--on",
        metavar="DATE",
        help="approval date, today at the latest where the meeting is "
        "(default: that meeting's, or today)",
    )
    _add_out(p, required=False)
    _add_lang(p, "the committee's")
    _add_paper(p, house=True)
    p.set_defaults(func=cmd_approve)

    p = sub.add_parser("amend", help="open an amendment of approved minutes (lifts the freeze)")
    add_db(p)
    p.add_argument(
        "--meeting",
        required=True,
        metavar="REF",
        help="CODE/NUMBER, or the number alone if one committee has it",
    )
    p.add_argument("--reason", required=True, metavar="TEXT", help="why the minutes must change")
    p.add_argument("--on", metavar="DATE", help="date of the amendment (default: today)")
    p.set_defaults(func=cmd_amend)

    p = sub.add_parser("verify", help="say whether a PDF is an approved version of some minutes")
    add_db(p)
    p.add_argument("file", metavar="FILE.pdf", help="the PDF to check")
    p.set_defaults(func=cmd_verify)


def write_pdf(path: str, data: bytes) -> str:
    """Write ``data`` to ``path`` atomically; return "N pages"."""
    from minutier.services import outputs

    outputs.write_file(path, data)
    from minutier.pdf.document import page_count

    pages = page_count(data)
    return f"{pages} page{'s' if pages != 1 else ''}"


def _meeting(store, ref: str) -> tuple[int, str]:
    from minutier.services import lookup

    row = lookup.meeting(store, ref)
    return row["id"], lookup.meeting_ref(store, row["id"])


def cmd_minutes(args: argparse.Namespace) -> int:
    from minutier.services import minutes

    with open_db(args.db) as store:
        meeting_id, ref = _meeting(store, args.meeting)
        edition = "public" if args.public else "internal"
        if args.version is not None:
            data = minutes.version_pdf(store, meeting_id, args.version, edition)
            what = f"Approved version {args.version} of the minutes of {ref}"
        else:
            data = minutes.minutes_pdf(
                store,
                meeting_id,
                lang=args.lang,
                paper=args.paper,
                edition=edition,
                signatures=args.signatures,
            )
            what = f"Minutes of {ref}"
        if args.public:
            what = f"Public edition of the {what[0].lower()}{what[1:]}"
    print(f"{what} written to {args.out} ({write_pdf(args.out, data)}).")
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    from minutier.pdf.agenda import build_agenda
    from minutier.services import reports

    with open_db(args.db) as store:
        record = reports.agenda(store, args.meeting, lang=args.lang)
    data = build_agenda(record, paper=args.paper)
    print(f"Agenda of {record.ref} written to {args.out} ({write_pdf(args.out, data)}).")
    return 0


def cmd_report_actions(args: argparse.Namespace) -> int:
    from minutier.core.house_style import PLAIN
    from minutier.pdf.reports import build_actions_report
    from minutier.services import lookup, minutes_content, reports

    with open_db(args.db) as store:
        report = reports.actions_report(
            store,
            owner=args.owner,
            initiative=args.initiative,
            committee=args.committee,
            group_by=args.group_by,
            lang=args.lang,
        )
        house = PLAIN
        if args.committee:  # a report of one committee is set in its house style
            committee = lookup.committee(store, args.committee)["id"]
            house = minutes_content.committee_of(store, committee).style
    data = build_actions_report(report, paper=args.paper, house=house)
    count = f"{report.total} open action{'s' if report.total != 1 else ''}"
    print(f"Report of {count} written to {args.out} ({write_pdf(args.out, data)}).")
    return 0


def cmd_report_initiative(args: argparse.Namespace) -> int:
    from minutier.pdf.reports import build_initiative_dossier
    from minutier.services import reports

    with open_db(args.db) as store:
        dossier = reports.initiative_dossier(store, args.initiative, lang=args.lang)
    data = build_initiative_dossier(dossier, paper=args.paper)
    print(f"Dossier of {dossier.name} written to {args.out} ({write_pdf(args.out, data)}).")
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from minutier.services import minutes

    if args.out:  # before anything is recorded: an approval must not fail after the fact
        from minutier.services import outputs

        outputs.check_destination(args.out)
    with open_db(args.db) as store:
        meeting_id, ref = _meeting(store, args.meeting)
        at = _meeting(store, args.at_meeting)[0] if args.at_meeting else None
        version = minutes.approve(
            store,
            meeting_id,
            at_meeting_id=at,
            approved_on=args.on,
            lang=args.lang,
            paper=args.paper,
        )
        data = minutes.version_pdf(store, meeting_id, version.version) if args.out else b""
    at_text = f" at {version.approved_at}" if version.approved_at else ""
    print(
        f"Minutes of {ref} approved on {version.approved_on}{at_text}: version {version.version}, "
        f"content SHA-256 {version.content_sha256}, PDF SHA-256 {version.pdf_sha256}."
    )
    if args.out:
        print(f"Approved PDF written to {args.out} ({write_pdf(args.out, data)}).")
    return 0


def cmd_amend(args: argparse.Namespace) -> int:
    from minutier.services import minutes

    with open_db(args.db) as store:
        meeting_id, ref = _meeting(store, args.meeting)
        version = minutes.open_amendment(store, meeting_id, args.reason, args.on)
    print(
        f"Amendment of the minutes of {ref} opened on {version.amended_on}: they can be edited "
        f"again, and approving them will record version {version.version}."
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from minutier.services import minutes, pdf_file

    path = Path(args.file)
    with open_db(args.db) as store:
        data = pdf_file.fingerprint(store, path)  # streamed; None: larger than any approved PDF
        found = minutes.verify(store, data) if data is not None else None
        claim = minutes.claimed(store, data) if found is None and data is not None else None
    if found is None:
        if claim is not None:
            print(
                f"{path} is NOT an approved version: it says it is version {claim.version} of the "
                f"minutes of {claim.meeting}, but its bytes differ from the archived file "
                f"(SHA-256 {claim.pdf_sha256})."
            )
        else:
            print(f"{path} is NOT an approved version of any minutes in {args.db}.")
        return 1
    v = found.version
    at_text = f" at {v.approved_at}" if v.approved_at else ""
    sha = data.sha256  # the file's, as hashed in a stream
    print(
        f"{path} is version {v.version} of the minutes of {v.meeting}, approved on "
        f"{v.approved_on}{at_text} ({found.edition} edition, PDF SHA-256 {sha})."
    )
    if not found.latest:
        print("A later version of these minutes has been opened or approved since.")
    elif found.content_matches:
        print(
            f"The register still holds exactly the approved content (SHA-256 {v.content_sha256})."
        )
    else:
        print(
            "WARNING: the register's content of this meeting no longer matches the approved "
            "content; it was changed outside Minutier."
        )
    return 0
