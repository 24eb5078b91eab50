"""The field-wise three-way rule every merge follows (pack, import, hub)."""

from __future__ import annotations

from typing import Any, Literal

Outcome = Literal["take", "same", "conflict"]


def decide(base: Any, register: Any, incoming: Any) -> Outcome:
    """What to do with one field another copy changed from ``base`` to ``incoming``.

    - the register already holds the incoming value → ``same`` (merging twice changes nothing);
    - the register still holds the base value → ``take`` the incoming value;
    - otherwise both sides changed it differently → ``conflict`` (the register keeps its value).
    """
    if register == incoming:
        return "same"
    if register == base:
        return "take"
    return "conflict"
