"""Ctrl+K / Ctrl+F open the search box anywhere; results grouped, matches bold, Enter opens."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from minutier.ui.search_panel import HIT, MARKUP, snippet_html
from minutier.ui.search_popup import SearchPopup


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type one character at a time (qtbot.keyClicks aborts on non-ASCII text)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def groups(panel) -> dict[str, list[tuple[str, int]]]:  # type: ignore[no-untyped-def]
    out = {}
    for g in range(panel.results.topLevelItemCount()):
        group = panel.results.topLevelItem(g)
        out[group.text(0)] = [group.child(i).data(0, HIT) for i in range(group.childCount())]
    return out


def test_ctrl_k_opens_the_box_and_enter_opens_the_record(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.go("people")
    qtbot.waitExposed(window)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.findChild(SearchPopup, "search_popup")
    assert popup is not None and popup.isVisible()
    panel = popup.panel
    type_text(panel.edit, "supercalculateur")
    panel.run()
    found = groups(panel)
    assert set(found) >= {"Decisions (1)", "Initiatives (1)", "Actions (1)"}
    assert next(iter(found)).startswith("Decisions")  # grouped, decisions first
    first = panel.results.currentItem()
    assert "<b>supercalculateur</b>" in first.data(0, MARKUP)
    QTest.keyClick(panel.edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.current_key() == "decisions"
    assert window.pages["decisions"].detail.decision_id == first.data(0, HIT)[1]


def test_ctrl_f_too_and_arrows_move_through_results(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitExposed(window)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    popup = window.findChild(SearchPopup, "search_popup")
    panel = popup.panel
    type_text(panel.edit, "échéance GPU")  # accents and several words
    panel.edit.setText("GPU")
    panel.run()
    start = panel.results.currentItem().data(0, HIT)
    QTest.keyClick(panel.edit, Qt.Key.Key_Down)
    moved = panel.results.currentItem().data(0, HIT)
    assert moved != start
    QTest.keyClick(panel.edit, Qt.Key.Key_Return)
    assert window.current_key() in ("decisions", "actions", "initiatives", "meetings")


def test_hangul_and_hostile_queries(window) -> None:  # type: ignore[no-untyped-def]
    page = window.go("search")
    panel = page.panel
    panel.edit.setText("슈퍼컴퓨터")
    panel.run()
    assert "Initiatives (1)" in groups(panel)
    for query in ['"unbalanced', "AND OR NOT", "(((", "*", "GPU-8000", "<b>x</b>"]:
        panel.edit.setText(query)
        panel.run()  # never raises
    panel.edit.setText("zzzz-nothing")
    panel.run()
    assert panel.status.text() == "No result."


def test_an_action_note_hit_opens_its_action(window) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    with store.operation("note") as op:
        note = op.insert(
            "action_note",
            {"action_id": 3, "noted_on": "2025-04-01", "text": "Statuts en relecture"},
        )
    page = window.go("search")
    page.panel.edit.setText("relecture")
    page.panel.run()
    assert groups(page.panel) == {"Progress notes (1)": [("action_note", note)]}
    assert "Statuts" in page.preview.toPlainText()
    page.panel.open_current()
    assert window.current_key() == "actions"
    assert window.pages["actions"].selected_ids() == [3]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(min_size=0, max_size=60),
    spans=st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=5),
)
def test_snippet_markup_escapes_user_text(text: str, spans: list[tuple[int, int]]) -> None:
    from html import unescape

    spans = [(min(a, b), max(a, b)) for a, b in spans]
    markup = snippet_html(text, spans)
    plain = markup.replace("<b>", "").replace("</b>", "")
    assert "<" not in plain and ">" not in plain
    assert unescape(plain) == text


def test_no_result_clears_the_preview_and_disables_open(window) -> None:  # type: ignore[no-untyped-def]
    page = window.go("search")
    page.panel.edit.setText("GPU")
    page.panel.run()
    assert page.open_button.isEnabled() and page.preview.toPlainText()
    page.panel.edit.setText("zzzqqq-nothing")
    page.panel.run()
    assert page.panel.status.text() == "No result."
    assert not page.open_button.isEnabled()
    assert page.preview.toPlainText() == ""
