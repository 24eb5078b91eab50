"""Record dialogs: one service call on OK, refusals under the field, nothing half-saved."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QLocale

from minutier.core import enums
from minutier.core.fields import SPECS
from minutier.services import history, records
from minutier.store.connection import Store
from minutier.ui.forms import editor_for, open_editor
from minutier.ui.forms.labels import CHOICE_LABELS, FIELD_LABELS, choice_label, field_label
from minutier.ui.forms.localized import figure_text, long_date, money
from minutier.ui.forms.refs import RefField

MSIT = 3  # organisation ids of the demo
MOEF = 2


def ops(store: Store) -> int:
    return history.last_op(store) or 0


def test_every_field_and_choice_has_a_translatable_label() -> None:
    titles = {f.title for fields in SPECS.values() for f in fields}
    assert titles <= set(FIELD_LABELS)
    for enum in vars(enums).values():
        if isinstance(enum, type) and issubclass(enum, StrEnum) and enum is not StrEnum:
            for member in enum:
                assert (enum.__name__, member.value) in CHOICE_LABELS, member
    assert field_label("due date") == "Due date"
    assert choice_label(enums.ActionStatus.IN_PROGRESS) == "In progress"


def test_decision_with_votes_initiatives_and_figures_in_one_step(qtbot, ctx, store) -> None:
    dialog = editor_for(ctx, "decision", meeting_id=1, committee_id=2)
    qtbot.addWidget(dialog)
    form = dialog.form.widgets
    form["text"].set_value("Adopter le budget du centre")
    for name, votes in (("votes_for", "12"), ("votes_against", "3"), ("votes_abstain", "1")):
        form[name].set_value(votes)
    dialog.initiatives.set_selected([1, 3])
    money_row = dialog.figures.add_row()
    money_row.kind.setCurrentIndex(money_row.kind.findData("money"))
    money_row.label.setText("Capital initial")
    money_row.value.setText("400 000 000 000")
    money_row.unit.setText("krw")
    money_row.equiv_value.setText("277 000 000")
    money_row.equiv_currency.setText("USD")
    gpu = dialog.figures.add_row()
    gpu.value.setText("8 000")
    gpu.unit.setText("GPU")
    before = ops(store)
    dialog.accept()
    assert dialog.saved_id is not None
    assert ops(store) == before + 1  # decision, links and figures: one operation
    row = records.get(store, "decision", dialog.saved_id)
    assert (row["number"], row["votes_for"], row["votes_against"], row["votes_abstain"]) == (
        6,
        12,
        3,
        1,
    )
    links = store.query(
        "SELECT initiative_id FROM decision_initiative WHERE decision_id = ? ORDER BY 1",
        (dialog.saved_id,),
    )
    assert [r["initiative_id"] for r in links] == [1, 3]
    figures = store.query(
        "SELECT * FROM figure WHERE decision_id = ? ORDER BY position", (dialog.saved_id,)
    )
    assert (figures[0]["amount_minor"], figures[0]["currency"]) == (400_000_000_000, "KRW")
    assert (figures[0]["equiv_amount_minor"], figures[0]["equiv_currency"]) == (
        27_700_000_000,
        "USD",
    )
    assert (figures[1]["quantity"], figures[1]["unit"]) == ("8000", "GPU")


def test_bad_figure_is_refused_under_its_row_and_nothing_saved(qtbot, ctx, store) -> None:
    dialog = editor_for(ctx, "announcement", meeting_id=1)
    qtbot.addWidget(dialog)
    dialog.form.widgets["text"].set_value("Budget en hausse")
    row = dialog.figures.add_row()
    row.kind.setCurrentIndex(row.kind.findData("money"))
    row.value.setText("1,8")
    row.unit.setText("WON")
    before = ops(store)
    dialog.accept()
    assert dialog.saved_id is None and ops(store) == before
    assert not row.error.isHidden() and "ISO 4217" in row.error.text()
    row.unit.setText("KRW")  # KRW has no cents: 1,8 won cannot be held
    dialog.accept()
    assert dialog.saved_id is None and "KRW" in row.error.text()
    row.value.setText("1 800 000 000 000")
    dialog.accept()
    assert dialog.saved_id is not None and ops(store) == before + 1


def test_validation_error_shows_next_to_its_field(qtbot, ctx, store) -> None:
    dialog = editor_for(ctx, "action", meeting_id=1, committee_id=2)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    form.widgets["text"].set_value("Relancer le ministère")
    dialog.owner.combo.setEditText("ministere des finances")  # typed, accents left out
    form.widgets["due_on"].edit.setText("fin mras")
    assert "not understood" in form.widgets["due_on"].preview.text()
    dialog.accept()
    assert dialog.saved_id is None
    assert not form.errors["due_on"].isHidden()
    assert "fin mras" in form.errors["due_on"].text()
    assert form.errors["text"].isHidden()
    assert store.scalar("SELECT count(*) FROM action") == 4

    form.widgets["due_on"].edit.setText("31/03/2025")
    assert form.widgets["due_on"].preview.text() == "→ " + long_date("2025-03-31")
    dialog.accept()
    row = records.get(store, "action", dialog.saved_id)
    assert (row["owner_organisation_id"], row["due_on"], row["number"]) == (MOEF, "2025-03-31", 5)


def test_unknown_reference_is_refused_in_words(qtbot, ctx, store) -> None:
    dialog = editor_for(ctx, "action", meeting_id=1, committee_id=2)
    qtbot.addWidget(dialog)
    dialog.form.widgets["text"].set_value("x")
    dialog.owner.combo.setEditText("Personne inconnue")
    dialog.accept()
    assert dialog.saved_id is None
    assert "Personne inconnue" in dialog.form.general_error.text() or "Personne inconnue" in (
        dialog.form.errors["owner"].text()
    )


def test_action_edit_closes_and_records_progress_notes(qtbot, ctx, store) -> None:
    before = store.scalar("SELECT count(*) FROM action_note WHERE action_id = 1")  # the demo's
    dialog = editor_for(ctx, "action", 1)
    qtbot.addWidget(dialog)
    dialog.note_edit.setText("Plan envoyé au comité")
    dialog.add_note()
    assert store.scalar("SELECT count(*) FROM action_note WHERE action_id = 1") == before + 1
    assert dialog.note_list.count() == before + 1
    dialog.form.widgets["status"].set_value("done")
    dialog.accept()
    row = records.get(store, "action", 1)
    assert row["status"] == "done" and row["closed_on"] is not None
    assert row["owner_organisation_id"] == MSIT  # kept


def test_person_with_two_roles_saved_together(qtbot, ctx, store, dialogs) -> None:
    def fill(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.form.widgets["name"].set_value("Yoo Sang-im")
        dialog.form.widgets["native_name"].set_value("유상임")
        first = dialog.add_role()
        first.title.set_value("Ministre des Sciences et des TIC")
        first.organisation.set_value(MSIT)
        first.start.set_value("2024-07-03")
        second = dialog.add_role()
        second.title.set_value("Membre du comité spécial")
        return True

    before = ops(store)
    dialogs.answer(fill)
    person_id = open_editor(ctx, "person")
    assert person_id is not None and ops(store) == before + 1
    roles = store.query(
        "SELECT title, organisation_id, start_on FROM person_role WHERE person_id = ? ORDER BY id",
        (person_id,),
    )
    assert roles == [
        {
            "title": "Ministre des Sciences et des TIC",
            "organisation_id": MSIT,
            "start_on": "2024-07-03",
        },
        {"title": "Membre du comité spécial", "organisation_id": None, "start_on": None},
    ]

    def drop_first(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert len(dialog.role_rows) == 2
        dialog.role_rows[0].remove.click()
        dialog.role_rows[0].end.set_value("le 32 mars 2025")  # refused under that role
        return True

    dialogs.answer(drop_first)
    assert open_editor(ctx, "person", person_id) is None
    dialog = dialogs.seen[-1]
    assert not dialog.role_rows[0].error.isHidden()
    assert store.scalar("SELECT count(*) FROM person_role WHERE person_id = ?", (person_id,)) == 2


def test_reference_combo_filters_without_accents(qtbot, ctx) -> None:
    from minutier.core.fields import spec

    field = RefField(spec("action", "owner_organisation_id"), store=ctx.store)
    qtbot.addWidget(field)
    assert field.model.rowCount() == 1  # nothing read until the list is needed
    field.set_value(MSIT)  # only that record's label is read
    assert field.combo.currentText() == "Ministère des Sciences et des TIC (MSIT)"
    assert field.model.rowCount() == 2
    field.combo.setEditText("")
    qtbot.keyClicks(field.combo.lineEdit(), "ministere sciences")  # typing reads the list
    assert field.combo.currentText() == "ministere sciences"  # what was typed is kept
    shown = [field._filter.index(i, 0).data() for i in range(field._filter.rowCount())]
    assert shown == ["Ministère des Sciences et des TIC (MSIT)"]
    field.combo.setEditText("MINISTÈRE DES FINANCES")
    assert field.value() == MOEF


def test_money_and_figures_read_as_in_the_pdf() -> None:
    """Issue 14 #8: one formatter (core.numbers) for window, PDF and exports."""
    from minutier.core import numbers
    from minutier.core.figures import Figure

    fr, ko = QLocale("fr_FR"), QLocale("ko_KR")
    n = "\u00a0"
    assert money(2_000_000_000_000, "KRW", fr) == f"2{n}billions de{n}wons"  # not ₩2,000,…
    assert money(400_000_000_000, "KRW", ko) == f"4,000억{n}원"
    capital = Figure.of_money(
        "400000000000", "KRW", label="Capital", equivalent=("277000000", "USD")
    )
    assert figure_text(capital, ko) == f"Capital: 4,000억{n}원 (2억{n}7,700만{n}달러)"
    opening = Figure.of_quantity("2027", "année", label="Ouverture prévue", qualifier="target")
    assert (
        figure_text(opening, "en") == "Ouverture prévue: 2027 (target)"
    )  # not "Target 2027 année"
    assert figure_text(opening, "ko") == "Ouverture prévue: 2027 (목표)"
    for lang in ("fr", "en", "ko"):
        assert figure_text(capital, lang) == numbers.figure_line(capital, lang)
    assert long_date("2025-02-16", ko) == "2025년 2월 16일"
    assert long_date("2025-02-16", fr) == "16 février 2025"


def test_dialogs_open_for_every_record_kind(qtbot, ctx) -> None:
    for table in SPECS:
        if table in ("figure", "decision_initiative", "announcement_initiative"):
            continue
        dialog = (
            editor_for(ctx, table, meeting_id=1)
            if table
            in (
                "agenda_item",
                "attendance",
                "note",
            )
            else editor_for(ctx, table)
        )
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() and dialog.form.widgets


def test_the_confidential_mark_is_a_check_box_in_each_outcome_form(qtbot, ctx, store) -> None:
    """Issue 15 #5: agenda items, notes, announcements, decisions and actions carry the mark."""
    from PySide6.QtWidgets import QCheckBox

    for table, extra in (
        ("agenda_item", {"meeting_id": 1}),
        ("note", {"meeting_id": 1}),
        ("announcement", {"meeting_id": 1}),
        ("decision", {"meeting_id": 1, "committee_id": 2}),
        ("action", {"meeting_id": 1, "committee_id": 2}),
    ):
        dialog = editor_for(ctx, table, **extra)
        qtbot.addWidget(dialog)
        box = dialog.findChild(QCheckBox, "field_confidential")
        assert box is not None, table
    dialog = editor_for(ctx, "decision", meeting_id=1, committee_id=2)
    qtbot.addWidget(dialog)
    dialog.form.widgets["text"].set_value("Reporter l'achat")
    dialog.findChild(QCheckBox, "field_confidential").setChecked(True)
    dialog.accept()
    assert records.get(store, "decision", dialog.saved_id)["confidential"] == 1
