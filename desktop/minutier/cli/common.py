"""Shared pieces of the command line: opening a database, printing tables and JSON."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from minutier.core.errors import DatabaseProblem
from minutier.store.connection import Store, open_store


def open_db(path: str, *, create: bool = False) -> Store:
    """Open the database a command names; a missing file is a one-line error unless ``create``."""
    p = Path(path)
    if not create and not p.exists():
        raise DatabaseProblem(f"{path} does not exist.", path=path, hint="choose_another")
    return open_store(p, create=create)


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("db", metavar="DB", help="the Minutier database file")


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    if _width(text) <= limit:
        return text
    out, used = "", 0
    for c in text:
        w = _width(c)
        if used + w > limit - 1:
            break
        out += c
        used += w
    return out + "…"


def print_table(
    rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str, int]], *, empty: str
) -> None:
    """Print rows as aligned columns: (key, heading, max width); wide (Hangul) characters count 2."""
    if not rows:
        print(empty)
        return
    cells = [[_cut("" if r.get(k) is None else r[k], w) for k, _, w in columns] for r in rows]
    widths = [
        max(_width(h), *(_width(row[i]) for row in cells)) for i, (_, h, _) in enumerate(columns)
    ]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True))

    out = sys.stdout
    out.write(line([h for _, h, _ in columns]).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write(line(row).rstrip() + "\n")


def print_json(value: Any) -> None:
    from minutier.cli.terminal import json_text

    sys.stdout.write(json_text(value) + "\n")
