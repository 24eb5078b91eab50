"""A series is defined with a form (every N weeks or months, weekday, which one), its next five
dates shown, not by typing "FREQ=MONTHLY;BYDAY=+2TU"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minutier.ui.forms import editor_for
from minutier.ui.forms.recurrence import DAYS, ORDINALS, parse_simple, rule_of


def test_second_tuesday_monthly_from_the_form_with_five_dates(qtbot, ctx, store) -> None:  # type: ignore[no-untyped-def]
    dialog = editor_for(ctx, "meeting_series", committee_id=1)
    qtbot.addWidget(dialog)
    field = dialog.form.widgets["rrule"]
    field.every.setValue(1)
    field.unit.setCurrentIndex(field.unit.findData("MONTHLY"))
    field.ordinal.setCurrentIndex(field.ordinal.findData("+2"))
    field.day.setCurrentIndex(field.day.findData("TU"))
    assert field.value() == "FREQ=MONTHLY;INTERVAL=1;BYDAY=+2TU"
    dialog.form.set_value("dtstart", "2025-01-14 10:00")
    shown = dialog.upcoming.text()
    # The second Tuesdays after today (the demo's "now" is real time here): five of them.
    assert shown.startswith("Next meetings: ") and shown.count(";") == 4
    assert "Tuesday" in shown or "mardi" in shown

    dialog.form.set_value("title", "Comité mensuel")
    dialog.accept()
    shown = [e.text() for e in (dialog.form.general_error, *dialog.form.errors.values())]
    assert dialog.saved_id is not None, [t for t in shown if t]
    saved = store.query_one("SELECT * FROM meeting_series ORDER BY id DESC LIMIT 1")
    assert saved["rrule"] == "FREQ=MONTHLY;BYDAY=+2TU"  # stored in canonical form
    # Reopened, the form says it again.
    again = editor_for(ctx, "meeting_series", saved["id"])
    qtbot.addWidget(again)
    field = again.form.widgets["rrule"]
    assert not field.custom.isChecked()
    assert (field.every.value(), field.unit.currentData()) == (1, "MONTHLY")
    assert (field.ordinal.currentData(), field.day.currentData()) == ("+2", "TU")


def test_every_two_weeks_on_friday(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = editor_for(ctx, "meeting_series", committee_id=1)
    qtbot.addWidget(dialog)
    field = dialog.form.widgets["rrule"]
    field.unit.setCurrentIndex(field.unit.findData("WEEKLY"))
    field.every.setValue(2)
    field.day.setCurrentIndex(field.day.findData("FR"))
    assert field.value() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"
    assert field.ordinal.isHidden()


def test_a_rule_the_form_cannot_say_is_kept_as_text(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = editor_for(ctx, "meeting_series", committee_id=1)
    qtbot.addWidget(dialog)
    field = dialog.form.widgets["rrule"]
    field.set_value("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6")
    assert field.custom.isChecked() and not field.text.isReadOnly()
    assert field.value() == "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6"
    assert not field.every.isEnabled()


@given(
    freq=st.sampled_from(["WEEKLY", "MONTHLY"]),
    interval=st.integers(1, 52),
    day=st.sampled_from(DAYS),
    ordinal=st.sampled_from(ORDINALS),
)
def test_what_the_form_writes_it_reads_back(
    freq: str, interval: int, day: str, ordinal: str
) -> None:
    rule = rule_of(freq, interval, day, ordinal)
    back = parse_simple(rule)
    assert back == {
        "freq": freq,
        "interval": interval,
        "day": day,
        "ordinal": ordinal if freq == "MONTHLY" else "",
    }


@pytest.mark.parametrize("rule", ["", "nonsense", "FREQ=DAILY", "FREQ=MONTHLY;BYDAY=MO,TU"])
def test_rules_outside_the_form_are_not_forced_into_it(rule: str) -> None:
    assert parse_simple(rule) is None
