"""Controls and bidirectional overrides never reach a terminal raw."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from minutier.core import controls


def test_escapes_are_visible_and_the_rest_is_kept() -> None:
    text = "Réunion\x1b[2J 위원회\x9b31m \u202eevil\u2066 ok\n\tnext\rover"
    shown = controls.for_terminal(text)
    assert shown == "Réunion\\x1b[2J 위원회\\x9b31m \\u202eevil\\u2066 ok\n\tnext\\x0dover"


@given(st.text())
def test_nothing_dangerous_survives(text: str) -> None:
    shown = controls.for_terminal(text)
    assert not any(c in shown for c in "\x1b\x9b\x07\x08\r\x7f\x85" + controls.BIDI_CONTROLS)
    if not controls.has_forbidden(text) and "\r" not in text:
        assert shown == text
