"""Reading the command line as a person means it: free text stays text, numbers stay in range.

- A search query may begin with a dash (``minutier search DB -2+3``): argparse would take it
  for an option. A command whose parser sets ``free_words`` collects the words argparse did
  not recognise into that argument instead of refusing them.
- A whole number beyond what SQLite stores (2**63 - 1) is refused in one sentence.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from minutier.core.errors import ValidationError

SQLITE_MAX = 2**63 - 1


def parse(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace:
    """``parser.parse_args``, except that a ``free_words`` command keeps unknown words as text."""
    args, extra = parser.parse_known_args(argv)
    words = getattr(args, "free_words", None)
    # "-2+3" is a query; "--jsno" is a mistyped option, and still refused as one
    if extra and words is not None and not any(w.startswith("--") for w in extra):
        setattr(args, words, [*getattr(args, words), *extra])
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def add_free_text(parser: argparse.ArgumentParser, name: str, **kw: object) -> None:
    """A positional of free words (a query): dashes included, joined back with spaces."""
    parser.add_argument(name, nargs="*", **kw)  # type: ignore[arg-type]
    parser.set_defaults(free_words=name)


def in_range(option: str, value: int, *, low: int = 1, high: int = SQLITE_MAX) -> int:
    """``value`` if ``low <= value <= high``, else a ValidationError naming the option."""
    if not low <= value <= high:
        raise ValidationError(option, value, f"give a whole number from {low} to {high}")
    return value
