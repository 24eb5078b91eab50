"""The benchmark's report as text: ratios first, absolute times second, then what was measured."""

from __future__ import annotations

from typing import Any


def _num(value: float | None, fmt: str = "{:.1f}") -> str:
    return "—" if value is None else fmt.format(value)


def _verdict(case: dict[str, Any]) -> str:
    if case.get("extra", {}).get("error"):
        return "ERROR"
    return {True: "ok", False: "MISSED", None: "n/a"}[case.get("ok")]


def table(report: dict[str, Any]) -> str:
    """Aligned text: one line per case, then notes (stand-ins, errors, extras)."""
    m = report["machine"]
    lines = [
        f"Minutier benchmark — {report['database']} ({report['file_mb']} MB), {m['date']}",
        f"{m['cpus']} × {m['cpu']}, {m['ram_gb']} GB RAM; Python {m['python']}, "
        f"SQLite {m['sqlite']}, PySide6 {m['pyside6']}, reportlab {m['reportlab']}; "
        f"load average {m.get('load_average_1m')} at the end",
        "",
    ]
    head = ("case", "ratio", "target", "median ms", "p95 ms", "max ms", "bare ms", "abs target", "")
    rows = [head]
    for c in report["cases"]:
        target = f"≤ {c['target_ratio']}×" if c.get("target_ratio") else "—"
        absolute = f"< {c['target_ms']:g} ms" if c.get("target_ms") else "—"
        if "target_mb" in c.get("extra", {}):
            absolute = f"< {c['extra']['target_mb']} MB (is {c['extra'].get('rss_mb')} MB)"
        rows.append(
            (
                c["name"],
                _num(c.get("ratio"), "{:.2f}×"),
                target,
                _num(c.get("median_ms")),
                _num(c.get("p95_ms")),
                _num(c.get("max_ms")),
                _num(c.get("baseline_median_ms")),
                absolute,
                _verdict(c),
            )
        )
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(head))]
    for r in rows:
        lines.append("  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    lines.append("")
    for c in report["cases"]:
        lines.append(f"- {c['name']}: {c.get('measured') or ''}")
        if c.get("baseline"):
            lines.append(f"    baseline: {c['baseline']}")
        extra = {k: v for k, v in c.get("extra", {}).items() if k != "traceback"}
        if extra:
            lines.append(f"    {extra}")
    lines.append(f"\n{report['seconds']} s in all.")
    return "\n".join(lines)
