"""Timing helpers: repeated, interleaved measurements and the result of one benchmark case."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100): with 5 samples the 95th is the largest."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def clock_ms(fn: Callable[..., Any], *args: Any) -> float:
    """Milliseconds one call of ``fn(*args)`` takes (garbage collection left as in real use)."""
    start = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - start) * 1000


def steps_ms(step: Callable[[], Any]) -> list[float]:
    """Time ``step()`` again and again until it returns something falsy (included)."""
    out = []
    while True:
        start = time.perf_counter()
        more = step()
        out.append((time.perf_counter() - start) * 1000)
        if not more:
            return out


def interleaved(
    app: Callable[[int], Any],
    bare: Callable[[int], Any] | None,
    repeat: int,
    *,
    warmup: int = 1,
) -> tuple[list[float], list[float]]:
    """Time ``app(i)`` and ``bare(i)`` alternately for rounds i, after ``warmup`` rounds.

    Alternating puts both under the same machine conditions (caches, frequency, other load).
    """
    app_ms: list[float] = []
    bare_ms: list[float] = []
    for i in range(warmup + repeat):
        gc.collect()
        a = clock_ms(app, i)
        b = clock_ms(bare, i) if bare is not None else 0.0
        if i >= warmup:
            app_ms.append(a)
            bare_ms.append(b)
    return app_ms, (bare_ms if bare is not None else [])


@dataclass
class Case:
    """One line of the report (also one object of the JSON output)."""

    name: str
    median_ms: float | None
    p95_ms: float | None
    ratio: float | None
    target_ratio: float | None
    target_ms: float | None = None  # absolute target on p95 (on the worst step for scrolling)
    baseline_median_ms: float | None = None
    baseline_p95_ms: float | None = None
    max_ms: float | None = None
    samples: int = 0
    measured: str = ""  # what Minutier did (names a stand-in when the real piece is missing)
    baseline: str = ""  # what the bare baseline did
    extra: dict[str, Any] = field(default_factory=dict)
    ok: bool | None = None

    @classmethod
    def from_samples(
        cls,
        name: str,
        app_ms: list[float],
        bare_ms: list[float],
        *,
        target_ratio: float | None,
        target_ms: float | None,
        measured: str,
        baseline: str,
        on_max: bool = False,
        **extra: Any,
    ) -> Case:
        """Summarise samples; ``on_max`` checks ``target_ms`` against the worst sample."""
        median, p95 = statistics.median(app_ms), percentile(app_ms, 95)
        b_median = statistics.median(bare_ms) if bare_ms else None
        ratio = median / b_median if b_median else None
        case = cls(
            name,
            round(median, 3),
            round(p95, 3),
            round(ratio, 2) if ratio is not None else None,
            target_ratio,
            target_ms,
            round(b_median, 3) if b_median is not None else None,
            round(percentile(bare_ms, 95), 3) if bare_ms else None,
            round(max(app_ms), 3),
            len(app_ms),
            measured,
            baseline,
            dict(extra),
        )
        checks = []
        if target_ratio is not None and ratio is not None:
            checks.append(ratio <= target_ratio)
        if target_ms is not None:
            checks.append((max(app_ms) if on_max else p95) <= target_ms)
        case.ok = all(checks) if checks else None
        return case

    def as_json(self) -> dict[str, Any]:
        return asdict(self)
