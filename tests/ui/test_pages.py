"""The other pages: initiative timeline, decisions edited in place, people, dashboard, state kept."""

from __future__ import annotations

from PySide6.QtCore import Qt

from minutier.services import records


def test_initiative_timeline_lists_everything_newest_first_and_opens_a_record(
    window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = window.go("initiatives")
    gpu = window.ctx.store.scalar("SELECT id FROM initiative WHERE code = 'SC6'")
    assert page.show_record("initiative", gpu)
    detail = page.detail
    assert detail.title.text().startswith("SC6 — Sixième supercalculateur")
    assert "8,000\u00a0GPU" in detail.facts["figures"].text()  # as the PDF: number and unit held
    model = detail.timeline_model
    kinds = [model.record(i)[0] for i in range(model.rowCount())]
    assert kinds[0] == "action"  # due 30 June 2025: the newest
    assert {"decision", "announcement", "meeting", "action"} <= set(kinds)
    days = [model.entry(i)["on_date"] for i in range(model.rowCount())]
    assert days == sorted(days, reverse=True)  # newest first
    records = [model.index(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(len(kinds))]
    assert all(r is not None for r in records)
    first = model.index(0, model.DATE)
    assert first.data() == "30 June 2025"
    assert "CSIIA-2" in model.index(0, model.WHAT).data()
    assert detail.timeline.model() is model
    detail.timeline.setCurrentIndex(first)
    detail.timeline.activated.emit(first)  # Enter or a double-click
    assert window.current_key() == "actions"
    assert window.pages["actions"].selected_ids() == [2]


def test_initiative_status_change_is_undoable(window) -> None:  # type: ignore[no-untyped-def]
    page = window.go("initiatives")
    page.show_record("initiative", 1)
    page.detail.status.setCurrentIndex(page.detail.status.findData("on_hold"))
    assert records.get(window.ctx.store, "initiative", 1)["status"] == "on_hold"
    window.actions_.undo.trigger()
    assert records.get(window.ctx.store, "initiative", 1)["status"] == "active"
    assert page.detail.status.currentData() == "active"


def test_decision_text_status_votes_and_links_saved_as_one_step(window) -> None:  # type: ignore[no-untyped-def]
    page = window.go("decisions")
    store = window.ctx.store
    assert page.show_record("decision", 2)
    detail = page.detail
    assert detail.title.text() == "Decision CSIIA #2"
    detail.text.setPlainText("Acheter 8 000 GPU (texte corrigé)")
    detail.status.setCurrentIndex(detail.status.findData("deferred"))
    detail.votes[0].setValue(12)
    detail.votes[1].setValue(0)
    for i in range(detail.initiatives.count()):
        detail.initiatives.item(i).setCheckState(Qt.CheckState.Checked)
    before = window.ctx.undo_stack.count()
    detail.save()
    row = records.get(store, "decision", 2)
    assert (
        row["text"],
        row["status"],
        row["votes_for"],
        row["votes_against"],
        row["votes_abstain"],
    ) == (
        "Acheter 8 000 GPU (texte corrigé)",
        "deferred",
        12,
        0,
        None,
    )
    assert store.scalar("SELECT count(*) FROM decision_initiative WHERE decision_id = 2") == 4
    assert window.ctx.undo_stack.count() == before + 1
    window.actions_.undo.trigger()
    assert records.get(store, "decision", 2)["status"] == "adopted"
    assert store.scalar("SELECT count(*) FROM decision_initiative WHERE decision_id = 2") == 1
    assert page.model.rowCount() == 5


def test_decision_refusal_is_said_in_words_and_keeps_the_text(window, answers) -> None:  # type: ignore[no-untyped-def]
    page = window.go("decisions")
    page.show_record("decision", 1)
    page.detail.text.setPlainText("")
    page.detail.save()
    assert answers and "required" in answers[-1]
    assert records.get(window.ctx.store, "decision", 1)["text"]


def test_decisions_filter_by_words_and_initiative(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.go("decisions")
    page.filter_text.setText("supercalculateur GPU")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.filter_text.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    page.filter_initiative.setCurrentIndex(
        page.filter_initiative.findText("BIA25", Qt.MatchFlag.MatchStartsWith)
    )
    assert page.model.rowCount() == 2


def test_people_page_shows_two_roles_and_a_membership(window) -> None:  # type: ignore[no-untyped-def]
    page = window.go("people")
    assert page.show_record("person", 1)
    html = page.people.detail.toPlainText()
    assert "Choi Sang Mok (최상목)" in html
    assert "Président par intérim" in html and "Ministre des Finances" in html
    assert "CSIIA" in html and "Chair" in html
    assert page.show_record("organisation", 3)
    assert page.tabs.currentWidget() is page.organisations
    assert "CSIIA-1" in page.organisations.detail.toPlainText()


def test_removing_a_membership_asks_and_is_undone(window, answers) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl

    page = window.go("people")
    page.show_record("person", 1)
    store = window.ctx.store
    page.people._link(QUrl("delete:membership:1"))
    assert store.scalar("SELECT count(*) FROM membership") == 0
    window.actions_.undo.trigger()
    assert store.scalar("SELECT count(*) FROM membership") == 1


def test_dashboard_figures_and_chart_in_words(window) -> None:  # type: ignore[no-untyped-def]
    page = window.go("dashboard")
    assert page.open_figure.value == 4
    assert page.overdue_figure.value == 1
    assert page.decisions_figure.value == 5
    summary = page.owner_chart.accessibleDescription()
    assert "Ministère des Sciences et des TIC: 3 open (1 overdue)" in summary
    assert page.owners.topLevelItemCount() == 2
    page.overdue_figure.click()
    assert window.current_key() == "actions"
    assert window.pages["actions"].model.rowCount() == 1


def test_dashboard_chart_is_drawn(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.go("dashboard")
    qtbot.waitExposed(window)
    image = page.owner_chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert "#3f7cac" in colours  # the bars
    assert "#c62828" in colours  # the overdue share


def test_window_state_is_remembered(controller, register, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = controller.window
    window.go("initiatives")
    window.pages["initiatives"].splitter.setSizes([300, 900])
    sizes = window.pages["initiatives"].splitter.sizes()
    window.close()
    assert controller.open_path(str(register))
    again = controller.window
    assert again is not window
    assert again.current_key() == "initiatives"
    again_sizes = again.pages["initiatives"].splitter.sizes()  # the window may be sized otherwise
    assert abs(again_sizes[0] / sum(again_sizes) - sizes[0] / sum(sizes)) < 0.02
    assert str(register.resolve()) == controller.settings.recent_files()[0]
    assert again.windowTitle() == "register.minutier — Minutier"
    assert again.file_label.text() == str(register)


def test_decisions_are_read_a_page_at_a_time_and_filtered_in_sql(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    with store.operation("many") as op:
        for n in range(1, 451):
            op.insert(
                "decision",
                {
                    "committee_id": 2,
                    "number": 100 + n,
                    "text": f"Décision d'échéance n° {n}",
                    "decided_on": "2024-06-01",
                    "status": "deferred" if n % 3 else "adopted",
                },
            )
    page = window.go("decisions")
    page.reload()
    assert (page.model.total, page.model.rowCount()) == (455, 200)
    page.filter_text.setText("echeance")  # accents ignored, through the search index
    qtbot.waitUntil(lambda: page.model.total == 450)
    page.filter_status.setCurrentIndex(page.filter_status.findData("adopted"))
    assert page.model.total == 150
    assert page.show_record("decision", 1)  # filters cleared to show it
    assert page.model.total == 455
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert page.model.sort_key == "number"
