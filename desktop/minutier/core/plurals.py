"""Counts in English sentences: "1 meeting", "2 meetings" (the window translates its own)."""

from __future__ import annotations

_IRREGULAR = {"person": "people", "entry": "entries", "copy": "copies"}


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for exactly one: ``count(1, "meeting")`` → "1 meeting"."""
    word = singular if n == 1 else (plural or _IRREGULAR.get(singular, singular + "s"))
    return f"{n:,} {word}"
