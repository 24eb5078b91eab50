"""The other PDFs from the demo register: open actions, an initiative's dossier, an agenda."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pdf_readback import fonts_of, outline_titles, reader, squash, text_of

from minutier.pdf.agenda import build_agenda
from minutier.pdf.benchmark import compare_with_bare
from minutier.pdf.reports import build_actions_report, build_initiative_dossier
from minutier.services import actions, lookup, meetings, reports
from minutier.store.connection import Store

LATE = dt.date(2025, 6, 1)  # the plan (due 31 March) and the progress report (30 May) are late


def test_actions_report_groups_by_owner_overdue_first(demo: Store) -> None:
    report = reports.actions_report(demo, today=LATE)
    assert [g.name.name for g in report.groups] == [
        "Ministère des Finances",
        "Ministère des Sciences et des TIC",
    ]
    msit = report.groups[1]
    assert [a.number for a in msit.actions] == [1, 4, 2]  # overdue (by due date) first
    assert [a.overdue for a in msit.actions] == [True, True, False]
    pdf = build_actions_report(report)
    text = squash(text_of(pdf))
    assert "4actionsouvertes,dont2enretard" in text
    assert "Situationau1erjuin2025" in text
    # the due cell reads "31/03/2025 en retard" (pdftotext may put the text cell's last line between)
    assert re.search(r"31/03/2025(d’IAdupays)?enretard", text)
    assert [t for _, t in outline_titles(pdf)] == [
        "Ministère des Finances",
        "Ministère des Sciences et des TIC",
    ]
    assert all(f["emb"] == "yes" for f in fonts_of(pdf))


def test_actions_report_filters_and_groups_by_initiative(demo: Store) -> None:
    done = lookup.initiative(demo, "SC6")
    first = demo.scalar("SELECT id FROM action WHERE number = 1")
    actions.set_status(demo, [first], "done")
    report = reports.actions_report(demo, group_by="initiative", owner="MSIT", today=LATE)
    assert report.filters == (("owner", "Ministère des Sciences et des TIC"),)
    names = [g.name.name for g in report.groups]
    assert names == ["Centre national de calcul de l'IA", done["name"]]
    pdf = build_actions_report(report, lang="ko")
    text = squash(text_of(pdf))
    assert "미결2건" in text and "담당Ministère" in text
    assert "국가AI컴퓨팅센터" in text


def test_initiative_dossier(demo: Store) -> None:
    dossier = reports.initiative_dossier(demo, "CNCIA", today=LATE)
    kinds = [e.kind for e in dossier.timeline]
    assert kinds.count("decision") == 3 and kinds.count("announcement") == 3
    assert [e.on_date for e in dossier.timeline] == sorted(e.on_date for e in dossier.timeline)
    text = squash(text_of(build_initiative_dossier(dossier)))
    for expected in [
        "Dossierd’initiative",
        "Centrenationaldecalculdel’IA",
        "국가AI컴퓨팅센터",
        "Capitalinitial:400milliardsdewons(277millionsdedollars)",
        "Investissementtotal:jusqu’à2billionsdewons",
        "Puissancedecalcul:1exaflop(objectif)",
        "CSIIA-D3",
        "PVenprojet",
        "Échéancevisée2027",
    ]:
        assert expected in text, expected


def test_agenda_of_the_next_meeting_carries_the_open_actions(demo: Store) -> None:
    committee = lookup.committee(demo, "CSIIA")["id"]
    meetings.plan_meeting(demo, committee, "2025-04-10T10:00", agenda=["Point d'avancement"])
    record = reports.agenda(demo, "CSIIA/4")
    assert [i.title for i in record.items] == ["Suivi des actions en cours", "Point d'avancement"]
    assert [a.number for a in record.carried] == [1, 4, 2, 3]  # by due date
    assert [a.overdue for a in record.carried] == [True, False, False, False]  # at its date
    pdf = build_agenda(record)
    text = squash(text_of(pdf))
    assert "Ordredujourdela4eréunion" in text
    assert "jeudi10avril2025,10h00" in text
    assert "Actionsencoursreportées" in text and text.count("enretard") == 1
    assert reader(pdf).metadata["/CreationDate"].startswith("D:20250410100000")


def test_benchmark_compares_with_a_bare_document() -> None:
    result = compare_with_bare(n_actions=20, n_items=4)
    assert result["pages"] >= 2
    assert result["minutes_seconds"] > 0 and result["bare_seconds"] > 0
    # the ratio comes from the unrounded times; the reported seconds are rounded
    expected = result["minutes_seconds"] / result["bare_seconds"]
    assert result["ratio"] == pytest.approx(expected, rel=0.02, abs=0.011)
