"""The Actions page: filters, the overdue mark, sorting in SQL, paging, bulk status and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon

from minutier.core.enums import ActionStatus
from minutier.ui.models.actions import ActionsModel

R = Qt.ItemDataRole


def texts(model: ActionsModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_filter_to_overdue_shows_only_overdue_rows_marked_in_bold_with_an_icon(
    window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = window.go("actions")
    model = page.model
    assert model.rowCount() == 4
    page.filters.overdue.setChecked(True)
    assert model.rowCount() == 1
    assert texts(model, ActionsModel.NUMBER) == ["CSIIA-1"]
    due = model.index(0, ActionsModel.DUE)
    assert due.data() == "31 March 2025"
    font = due.data(R.FontRole)
    assert isinstance(font, QFont) and font.bold()
    icon = due.data(R.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert "Overdue by 15 days" in due.data(R.ToolTipRole)
    assert "Overdue" in due.data(R.AccessibleTextRole)
    assert page.count.text() == "1 action"
    # A row that is not overdue has no mark.
    page.filters.overdue.setChecked(False)
    later = model.index(model.find(2), ActionsModel.DUE)
    assert not later.data(R.FontRole).bold()
    assert later.data(R.DecorationRole).isNull()


def test_the_detail_says_overdue_in_words(window) -> None:  # type: ignore[no-untyped-def]
    page = window.go("actions")
    page.view.selectRow(page.model.find(1))
    assert page.detail.overdue.isVisible()
    assert page.detail.overdue.text() == "⚠ Overdue by 15 days"
    page.view.selectRow(page.model.find(2))
    assert not page.detail.overdue.isVisible()


def test_text_owner_and_committee_filters(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.go("actions")
    page.filters.text.setText("GPU")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert texts(page.model, ActionsModel.NUMBER) == ["CSIIA-2"]
    page.filters.clear()
    assert page.model.rowCount() == 4
    finances = page.filters.owner.findText("Ministère des Finances", Qt.MatchFlag.MatchStartsWith)
    page.filters.owner.setCurrentIndex(finances)
    assert texts(page.model, ActionsModel.NUMBER) == ["CSIIA-3"]
    page.filters.clear()
    page.filters.due_to.setText("2025-05-31")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.filters.due_to.setText("not a date at all")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)  # unreadable: marked and ignored
    assert "not a date" in page.filters.due_to.toolTip()


def test_sort_by_due_runs_in_sql_both_ways(window) -> None:  # type: ignore[no-untyped-def]
    page = window.go("actions")
    page.view.sortByColumn(ActionsModel.DUE, Qt.SortOrder.AscendingOrder)
    assert page.model.sort_key == "due"
    ascending = texts(page.model, ActionsModel.NUMBER)
    assert ascending == ["CSIIA-1", "CSIIA-4", "CSIIA-2", "CSIIA-3"]
    page.view.sortByColumn(ActionsModel.DUE, Qt.SortOrder.DescendingOrder)
    assert page.model.descending
    assert texts(page.model, ActionsModel.NUMBER) == list(reversed(ascending))
    page.view.sortByColumn(ActionsModel.OWNER, Qt.SortOrder.AscendingOrder)
    owners = texts(page.model, ActionsModel.OWNER)
    assert owners == sorted(owners)


def test_bulk_status_change_is_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.go("actions")
    store = window.ctx.store
    page.view.selectAll()
    assert len(page.selected_ids()) == 4
    page.status_button.menu().findChild(type(window.actions_.undo), "set_status_done").trigger()
    statuses = {r["status"] for r in store.query("SELECT status FROM action")}
    assert statuses == {ActionStatus.DONE.value}
    assert set(texts(page.model, ActionsModel.STATUS)) == {"Done"}
    assert window.ctx.undo_stack.count() == 1
    assert window.actions_.undo.text() == "&Undo Set 4 actions to “Done”"
    window.actions_.undo.trigger()
    statuses = {r["status"] for r in store.query("SELECT status FROM action")}
    assert statuses == {ActionStatus.OPEN.value}
    assert store.scalar("SELECT count(*) FROM action WHERE closed_on IS NOT NULL") == 0
    assert set(texts(page.model, ActionsModel.STATUS)) == {"Open"}
    window.actions_.redo.trigger()
    assert store.scalar("SELECT count(*) FROM action WHERE status = 'done'") == 4


def test_my_actions_follows_the_chosen_person_and_is_remembered(window, controller) -> None:  # type: ignore[no-untyped-def]
    page = window.go("actions")
    store = window.ctx.store
    with store.operation("test") as op:
        op.update("action", 4, {"owner_person_id": 1, "owner_organisation_id": None})
    window.ctx.data_changed.emit()
    page.me.setCurrentIndex(page.me.findData(1))
    page.my_button.setChecked(True)
    assert texts(page.model, ActionsModel.NUMBER) == ["CSIIA-4"]
    page.my_button.setChecked(False)
    assert page.model.rowCount() == 4
    assert controller.settings.my_person(store.path) == 1


def test_a_large_register_is_fetched_page_by_page(window) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    with store.operation("many") as op:
        for n in range(1, 601):
            op.insert(
                "action",
                {
                    "committee_id": 2,
                    "number": 100 + n,
                    "text": f"Tâche {n}",
                    "due_on": "2024-01-01",
                },
            )
    page = window.go("actions")
    page.reload()
    model = page.model
    assert model.total == 604
    assert model.rowCount() == 200  # one page, not every row
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    page.filters.overdue.setChecked(True)
    assert model.total == 601
    assert model.rowCount() == 200
    assert page.count.text() == "601 actions"


def test_delete_asks_and_is_undone(window, answers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = window.go("actions")
    store = window.ctx.store
    with store.operation("note") as op:
        op.insert(
            "action_note", {"action_id": 2, "noted_on": "2025-04-01", "text": "Appel d'offres"}
        )
    notes = store.scalar("SELECT count(*) FROM action_note WHERE action_id = 2")
    page.delete(2)
    assert "progress note" in answers[-1]
    assert store.scalar("SELECT count(*) FROM action WHERE id = 2") == 0
    window.actions_.undo.trigger()
    assert store.scalar("SELECT count(*) FROM action_note WHERE action_id = 2") == notes


def test_progress_note_from_the_detail(window) -> None:  # type: ignore[no-untyped-def]
    page = window.go("actions")
    page.view.selectRow(page.model.find(3))
    page.detail.note_edit.setText("Statuts déposés")
    page.detail.add_note()
    assert (
        window.ctx.store.scalar(
            "SELECT text FROM action_note WHERE action_id = 3 ORDER BY id DESC LIMIT 1"
        )
        == "Statuts déposés"
    )
    assert page.detail.notes.item(0).text().endswith("Statuts déposés — " + window.ctx.store.who)


def test_edit_an_action_with_a_natural_due_date_and_undo(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from minutier.ui.forms.dialog import RecordDialog

    def exec_(self: RecordDialog) -> int:
        self.form.set_value("due_on", "fin septembre")
        self.form.set_value("priority", "urgent")
        self.accept()
        return int(self.result())

    monkeypatch.setattr(RecordDialog, "exec", exec_)
    page = window.go("actions")
    page.view.selectRow(page.model.find(2))
    page.detail.edit_button.click()
    store = window.ctx.store
    row = store.query_one("SELECT due_on, priority FROM action WHERE id = 2")
    assert row == {"due_on": "2025-09-30", "priority": "urgent"}
    assert page.detail.values["due"].text() == "30 September 2025"
    window.actions_.undo.trigger()
    assert store.query_one("SELECT due_on FROM action WHERE id = 2") == {"due_on": "2025-06-30"}
