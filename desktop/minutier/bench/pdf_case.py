"""The minutes PDF of a 500-action meeting vs a bare reportlab document with the same content.

The PDF package provides the measurement (``minutier.pdf.benchmark.compare_with_bare``), since
only it knows what "the same content" is for its layout; this module turns its answer into a
case of the report, and says so plainly when that helper is not there.
"""

from __future__ import annotations

import importlib
from typing import Any

from minutier.bench.context import Bench
from minutier.bench.timing import Case

NAME = "minutes PDF of a {n}-action meeting"


def minutes_pdf(b: Bench) -> Case:
    n_actions, n_items = (50, 10) if b.quick else (500, 50)
    rounds = 2 if b.quick else max(3, min(b.repeat, 7))
    name = NAME.format(n=n_actions)
    try:
        module = importlib.import_module("minutier.pdf.benchmark")
        compare = module.compare_with_bare
    except (ImportError, AttributeError):
        return Case(
            name,
            None,
            None,
            None,
            1.5,
            measured="NOT MEASURED: minutier.pdf.benchmark.compare_with_bare is not there yet",
        )
    app_ms: list[float] = []
    bare_ms: list[float] = []
    last: dict[str, Any] = {}
    for _ in range(rounds):  # each call times both documents once, one after the other
        last = dict(compare(n_actions=n_actions, n_items=n_items))
        app_ms.append(float(last["minutes_seconds"]) * 1000)
        bare_ms.append(float(last["bare_seconds"]) * 1000)
    return Case.from_samples(
        name,
        app_ms,
        bare_ms,
        target_ratio=1.5,
        target_ms=None,
        measured=f"minutier.pdf.benchmark.compare_with_bare: minutes of a synthetic meeting "
        f"({n_items} items, {n_actions} actions, {last.get('pages')} pages; not from the archive)",
        baseline="bare reportlab SimpleDocTemplate with the same texts and tables and fonts",
        pages=last.get("pages"),
    )
