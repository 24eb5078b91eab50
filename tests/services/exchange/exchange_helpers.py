"""Helpers of the exchange tests: a register with every kind of record, and its snapshot."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from minutier.core.figures import Figure
from minutier.core.house_style import HouseStyle
from minutier.services import (
    actions,
    attachments,
    decisions,
    house_style,
    meetings,
    minutes,
    records,
    series,
)
from minutier.services.exchange import json_format
from minutier.store.connection import Store, open_store

HOSTILE = "Budget, GPU; « 8 000 » \\ <b>&amp; \"quotes\" 'single' =SUM(A1)"


def build_register(path: Path) -> Path:
    """Every table filled through the services a user's actions call."""
    s = open_store(path, create=True, who="tester")
    try:
        source = records.create(
            s, "source", {"title": "Korea Herald", "url": "https://www.koreaherald.com/x"}
        )
        ministry = records.create(
            s,
            "organisation",
            {"name": "Ministère des Sciences et des TIC", "native_name": "과학기술정보통신부"},
        )
        records.create(
            s, "organisation", {"name": "Agence du calcul", "kind": "agency", "parent_id": ministry}
        )
        choi = records.create(s, "person", {"name": "Choi Sang Mok", "native_name": "최상목"})
        lee = records.create(s, "person", {"name": "Lee Jong-ho", "email": "lee@example.org"})
        records.create(
            s, "person_role", {"person_id": choi, "title": "Ministre", "organisation_id": ministry}
        )
        parent = records.create(
            s,
            "committee",
            {
                "name": "Comité national de l'IA",
                "native_name": "국가인공지능위원회",
                "code": "CNIA",
                "timezone": "Asia/Seoul",
            },
        )
        committee = records.create(
            s,
            "committee",
            {
                "name": "Comité spécial sur l'infrastructure informatique de l'IA",
                "native_name": "AI 컴퓨팅 인프라 특별위원회",
                "code": "CSIIA",
                "parent_id": parent,
                "founded_on": "2023-09",
                "timezone": "Asia/Seoul",
            },
        )
        records.create(
            s, "membership", {"committee_id": committee, "person_id": choi, "role": "chair"}
        )
        meeting = meetings.plan_meeting(
            s,
            committee,
            "2025-02-16T10:00",
            ends_at="2025-02-16T12:00",
            title="Troisième réunion",
            place="Séoul, salle 3",
            chair_id=choi,
            source_id=source,
            agenda=["Ouverture", HOSTILE],
            number=3,
        )
        meetings.set_attendance(s, meeting, choi, "present", capacity="président")
        meetings.set_attendance(s, meeting, lee, "represented", represented_by_id=choi)
        item = meetings.agenda(s, meeting)[1]["id"]
        meetings.add_note(
            s, meeting, "Le débat porte sur les GPU.\nDeuxième ligne.", agenda_item_id=item
        )
        gpu = records.create(
            s, "initiative", {"name": "Sixième supercalculateur", "native_name": "슈퍼컴퓨터 6호기"}
        )
        centre = records.create(
            s,
            "initiative",
            {
                "name": "Centre national de calcul",
                "owner_organisation_id": ministry,
                "parent_id": gpu,
            },
        )
        decisions.update_links(
            s,
            "initiative",
            centre,
            figures=[Figure.of_quantity("1", "exaflop", qualifier="target")],
        )
        decisions.record_announcement(
            s,
            "8 000 GPU et 400 milliards de wons (277 millions de dollars).",
            meeting_id=meeting,
            person_id=choi,
            agenda_item_id=item,
            initiative_ids=[gpu],
            figures=[
                Figure.of_quantity("8000", "GPU", label="GPU supplémentaires"),
                Figure.of_money("400000000000", "KRW", equivalent=("277000000", "USD")),
            ],
        )
        first = decisions.record_decision(
            s,
            "Acheter 8 000 GPU.",
            meeting_id=meeting,
            votes=(10, 2, 1),
            initiative_ids=[gpu, centre],
            figures=[Figure.of_money("2000000000000", "KRW", qualifier="up_to")],
        )
        second = decisions.record_decision(
            s, "Acheter 8 000 GPU avant juin.", meeting_id=meeting, initiative_ids=[gpu, centre]
        )
        records.update(s, "decision", first, {"status": "superseded", "superseded_by_id": second})
        attachments.attach_bytes(
            s, "meeting", meeting, "ordre du jour 회의.pdf", b"%PDF-1.4 \x00\xff"
        )
        attachments.attach_bytes(s, "decision", second, f"{HOSTILE}.txt", HOSTILE.encode())
        buy = actions.create_action(
            s,
            f"Lancer l'achat des GPU\n{HOSTILE}",
            owner="Choi Sang Mok",
            due="2025-03-31",
            meeting_id=meeting,
            decision_id=second,
            initiative_id=gpu,
            priority="high",
        )
        actions.add_progress_note(s, buy, "Appel d'offres lancé.", noted_on="2025-02-18")
        plan = actions.create_action(
            s, "Présenter le plan", owner="Agence du calcul", due="2025-05-30", meeting_id=meeting
        )
        actions.set_status(s, [plan], "in_progress")
        done = actions.create_action(
            s, "Réserver la salle", committee_id=committee, due="2025-02-10"
        )
        actions.set_status(s, [done], "done")
        monthly = series.create_series(
            s, committee, "FREQ=MONTHLY;BYDAY=+2TU", "2025-03-11T10:00", title="Réunion mensuelle"
        )
        later = series.plan_next(s, monthly, count=2)
        meetings.set_status(s, later[1], "cancelled")
        # A plenary whose minutes are approved: its content is frozen, its follow-up is not.
        plenary = meetings.plan_meeting(
            s, parent, "2025-01-20T15:00", title="Séance plénière", agenda=["Stratégie"]
        )
        meetings.set_attendance(s, plenary, choi)
        decisions.record_decision(
            s, "Adopter la stratégie nationale.", meeting_id=plenary, initiative_ids=[centre]
        )
        publish = actions.create_action(
            s, "Publier la stratégie", owner="Lee Jong-ho", due="2025-02-28", meeting_id=plenary
        )
        meetings.set_status(s, plenary, "held")
        # A house style (issue 15): letterhead lines, serif, the Korean chair term 의장.
        house_style.save(
            s,
            committee,
            HouseStyle(
                issuer_lines="République\nMinistère", typeface="serif", chair_term_ko="의장"
            ),
        )
        minutes.approve(s, plenary, approved_on="2025-02-01")
        actions.add_progress_note(s, publish, "Publication en cours.", noted_on="2025-02-05")
        actions.set_status(s, [publish], "in_progress")
        pdf = b"%PDF-1.4\n% minutes\n\x00\xff binary\n%%EOF\n"
        with s.operation("Record minutes") as op:
            op.insert(
                "minutes_version",
                {
                    "meeting_id": meeting,
                    "version": 1,
                    "pdf": pdf,
                    "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
                },
            )
    finally:
        s.close()
    return path


_EXPORTED_AT = re.compile(r'^ "exported_at": "[^"]*",\n', re.M)


def snapshot(store: Store) -> str:
    """The register's content as exchange text, without the export time."""
    return _EXPORTED_AT.sub("", json_format.dumps(json_format.export_data(store)))


def history_size(store: Store) -> int:
    return store.scalar("SELECT count(*) FROM history")
