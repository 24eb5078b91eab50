"""How text columns share a list's width (``views.shares``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from minutier.ui.views import shares


def test_a_column_below_its_least_gets_it_and_the_others_share_the_rest() -> None:
    # Seen in French at 1280 px: 4:1 gave the initiatives column 48 px, then its 72-px least
    # pushed the total past the list's width (a horizontal scroll bar cut the last column).
    widths = shares(241, {2: 4.0, 5: 1.0}, {2: 100, 5: 72})
    assert widths == {2: 169, 5: 72}
    assert sum(widths.values()) <= 241


@given(
    room=st.integers(0, 3000),
    weights=st.lists(st.floats(0.1, 10), min_size=1, max_size=4),
    least=st.lists(st.integers(0, 300), min_size=4, max_size=4),
)
def test_shares_fit_the_room_whenever_the_leasts_do(room, weights, least) -> None:  # type: ignore[no-untyped-def]
    w = dict(enumerate(weights))
    lo = {c: least[c] for c in w}
    widths = shares(room, w, lo)
    assert set(widths) == set(w)
    assert all(widths[c] >= lo[c] for c in w)
    if sum(lo.values()) <= room:
        assert sum(widths.values()) <= room
