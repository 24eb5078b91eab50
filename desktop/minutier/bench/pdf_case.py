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


def _samples(result: dict[str, Any], *keys: str) -> list[float] | None:
    for key in keys:
        value = result.get(key)
        if isinstance(value, list | tuple) and value:
            return [float(v) for v in value]
        if isinstance(value, int | float):
            return [float(value)]
    return None


def minutes_pdf(b: Bench) -> Case:
    n_actions, n_items = (50, 10) if b.quick else (500, 50)
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
    result = dict(compare(n_actions=n_actions, n_items=n_items))
    app = _samples(result, "minutier_ms", "app_ms", "minutier_samples_ms")
    bare = _samples(result, "bare_ms", "baseline_ms", "bare_samples_ms")
    if app is None or bare is None:
        raise RuntimeError(f"unexpected answer from compare_with_bare: {sorted(result)}")
    extra = {k: v for k, v in result.items() if not isinstance(v, list | tuple)}
    return Case.from_samples(
        name,
        app,
        bare,
        target_ratio=1.5,
        target_ms=None,
        measured=str(result.get("measured", "minutier.pdf minutes of a generated meeting")),
        baseline=str(result.get("baseline", "bare reportlab document with the same content")),
        **extra,
    )
