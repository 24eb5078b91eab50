"""``python -m minutier.bench.scaling``: the benchmark at 0.25×, 1× and 4× the 20-year archive.

Generates each archive once into ``--data`` (kept between runs: the 4× one is ~1.5 GB and
takes minutes), runs the benchmark on each in its own process, and writes to ``--out``:
``scaling.json`` (every figure), ``scaling.md`` (the table the README shows) and
``scaling.png`` (the curve, drawn by ``bench.plot``). Growth is read from 1× to 4×: a case
whose time grows by less than 4× grows sub-linearly with the archive.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

from minutier.bench import plot

# Medians: on a shared machine a p95 of 20 runs catches other people's work as often as ours
# (the benchmark's own report keeps every p95 and maximum).
CASES = (
    ("cold start", "cold start (2nd of day)", "median_ms"),
    ("actions filter", "actions filter", "median_ms"),
    ("actions scroll", "actions scroll (page, p95)", "p95_ms"),
    ("search common", "search common word", "median_ms"),
    ("search rare", "search rare word", "median_ms"),
    ("search hangul", "search Korean", "median_ms"),
    ("timeline", "initiative timeline", "median_ms"),
    ("dashboard", "dashboard figures", "median_ms"),
    ("memory", "memory (MB resident)", "rss_mb"),
)
MEMORY_TARGET_4X_MB = 600


def archive(data: Path, scale: float, years: int, seed: int) -> Path:
    """The generated archive of ``scale`` in ``data``, made now if it is not there yet."""
    path = data / f"archive-{years}y-seed{seed}-x{scale:g}.minutier"
    if not path.exists():
        data.mkdir(parents=True, exist_ok=True)
        print(f"… generating {path.name} (once)", file=sys.stderr, flush=True)
        subprocess.run(
            [sys.executable, "-m", "minutier", "generate", str(path), "--years", str(years),
             "--seed", str(seed), "--scale", f"{scale:g}", "--quiet"],
            check=True,
        )  # fmt: skip
    return path


def run_bench(path: Path, repeat: int) -> dict[str, Any]:
    """One benchmark run on ``path`` (its own process: memory and caches start clean)."""
    only = [a for name, _, _ in CASES for a in ("--only", name)]
    done = subprocess.run(
        [sys.executable, "-m", "minutier.bench", str(path), "--json", "--repeat", str(repeat),
         *only],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"benchmark on {path.name} failed: {done.stderr[-1500:]}")
    return json.loads(done.stdout)


def figure(report: dict[str, Any], name: str, key: str) -> float | None:
    """The figure of one case (its name in ``CASES``) in a benchmark report."""
    prefixes = {
        "cold start": "cold start",
        "actions filter": "actions: filter",
        "actions scroll": "actions: sort",
        "search common": "search: common",
        "search rare": "search: rare",
        "search hangul": "search: Korean",
        "timeline": "initiative timeline",
        "dashboard": "dashboard",
        "memory": "memory",
    }
    for case in report["cases"]:
        if case["name"].startswith(prefixes[name]):
            value = case.get("extra", {}).get(key) if key == "rss_mb" else case.get(key)
            return float(value) if value is not None else None
    return None


def growth(values: dict[float, float | None], low: float, high: float) -> float | None:
    a, b = values.get(low), values.get(high)
    return b / a if a and b else None


def table(results: dict[float, dict[str, Any]]) -> str:
    """The Markdown table: each case at each scale, and how it grows from 1× to 4×."""
    scales = sorted(results)
    head = ["case", *(f"{s:g}×" for s in scales), "1×→4×", "grows"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, label, key in CASES:
        values = {s: figure(results[s], name, key) for s in scales}
        g = growth(values, 1.0, 4.0)
        if g is None:
            verdict = "—"
        elif g < 1.5:
            verdict = "flat"
        elif g < 4.0:
            verdict = f"sub-linear (exponent {math.log(g, 4):.2f})"
        else:
            verdict = f"**linear or worse** (exponent {math.log(g, 4):.2f})"
        unit = " MB" if key == "rss_mb" else " ms"
        cells = [f"{values[s]:,.1f}{unit}" if values[s] is not None else "—" for s in scales]
        lines.append("| " + " | ".join([label, *cells, f"{g:.2f}×" if g else "—", verdict]) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m minutier.bench.scaling",
        description="Run the benchmark at several sizes of the generated archive; write a "
        "table (Markdown), the figures (JSON) and a plot (PNG).",
    )
    parser.add_argument("--data", default="bench-data", help="where the archives are kept")
    parser.add_argument("--out", default="bench-scaling", help="where the results go")
    parser.add_argument("--scales", default="0.25,1,4", help="sizes, × the 20-year archive")
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=10, help="timed runs per case")
    parser.add_argument(
        "--from-json", metavar="FILE", help="redraw table and plot from a scaling.json"
    )
    args = parser.parse_args(argv)
    out = Path(args.out)
    if args.from_json:
        results = {float(k): v for k, v in json.loads(Path(args.from_json).read_text()).items()}
    else:
        results = {}
        for scale in sorted(float(s) for s in args.scales.split(",")):
            path = archive(Path(args.data), scale, args.years, args.seed)
            print(f"… benchmark at {scale:g}× ({path.stat().st_size / 2**20:,.0f} MB)",
                  file=sys.stderr, flush=True)  # fmt: skip
            results[scale] = run_bench(path, args.repeat)
        out.mkdir(parents=True, exist_ok=True)
        (out / "scaling.json").write_text(
            json.dumps({f"{k:g}": v for k, v in results.items()}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    md = table(results)
    big = max(results)
    rss = figure(results[big], "memory", "rss_mb")
    if big >= 4 and rss is not None:
        mark = "under" if rss < MEMORY_TARGET_4X_MB else "OVER"
        md += f"\n\nMemory at {big:g}×: {rss:,.0f} MB resident, {mark} {MEMORY_TARGET_4X_MB} MB."
    out.mkdir(parents=True, exist_ok=True)
    (out / "scaling.md").write_text(md + "\n", encoding="utf-8")
    series = {
        label: [(s, v) for s in sorted(results) if (v := figure(results[s], name, key))]
        for name, label, key in CASES
        if key != "rss_mb"
    }
    plot.draw(series, out / "scaling.png", "Minutier: time as the archive grows (log-log)")
    print(md)
    print(f"\n{out / 'scaling.png'} written.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
