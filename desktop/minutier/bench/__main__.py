"""``python -m minutier.bench DB [--json] [--repeat N] [--quick]``: run every case, print ratios."""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from minutier.bench import hub_case, pack_cases, pdf_case, process_cases, store_cases, ui_cases
from minutier.bench.context import Bench, machine
from minutier.bench.report import table
from minutier.bench.timing import Case
from minutier.core.errors import MinutierError


def cases(b: Bench) -> list[tuple[str, Callable[[], Case | None]]]:
    """(name, run) in report order; a UI case answering None falls back to its stand-in."""
    common = b.facts.get("common_term", "budget")
    rare = b.facts.get("rare_term", "photonique")

    def either(ui: Callable[[Bench], Case | None], store: Callable[[Bench], Case]):
        return lambda: ui(b) or store(b)

    return [
        ("cold start", lambda: process_cases.cold_start(b)),
        ("actions filter", either(ui_cases.actions_filter, store_cases.actions_filter)),
        ("actions scroll", either(ui_cases.actions_scroll, store_cases.actions_scroll)),
        ("search common", lambda: store_cases.search_term(b, "common", common)),
        ("search rare", lambda: store_cases.search_term(b, "rare", rare)),
        ("search hangul", lambda: store_cases.search_term(b, "Korean", "위원회")),
        ("timeline", either(ui_cases.timeline, store_cases.timeline)),
        ("minutes pdf", lambda: pdf_case.minutes_pdf(b)),
        ("live mode", either(ui_cases.live_mode, _live_missing)),
        ("dashboard", lambda: store_cases.dashboard(b)),
        ("open check", lambda: store_cases.open_check(b)),
        ("memory", lambda: process_cases.memory(b)),
        ("hub clone", lambda: hub_case.clone(b)),
        ("pack cut", lambda: pack_cases.pack_cut(b)),
        ("pack merge", lambda: pack_cases.pack_merge(b)),
    ]


def _live_missing(b: Bench) -> Case:
    return Case(
        "live mode: Enter to committed and shown",
        None,
        None,
        None,
        None,
        target_ms=30.0,
        measured="NOT MEASURED: minutier.ui.meetings.live is not importable",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m minutier.bench",
        description="Time Minutier against bare SQLite, Qt and reportlab on a generated archive "
        "(make one with: minutier generate DB).",
    )
    parser.add_argument("db", metavar="DB", help="a database made by `minutier generate`")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per case (default 20)")
    parser.add_argument("--quick", action="store_true", help="few runs, small PDF (CI smoke)")
    parser.add_argument("--only", metavar="NAME", action="append", help="run only these cases")
    args = parser.parse_args(argv)
    path = Path(args.db)
    if not path.exists():
        parser.error(f"{path} does not exist (make one with: minutier generate {path})")
    repeat = 3 if args.quick else max(1, args.repeat)

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    try:
        bench = Bench(path, repeat, args.quick, log)
    except MinutierError as e:
        print(f"minutier.bench: {e}", file=sys.stderr)
        if getattr(e, "hint", "") == "open_writable":
            print(
                f"minutier.bench: generate it again (minutier generate {path} --force) "
                "to benchmark the current schema.",
                file=sys.stderr,
            )
        return 1
    results: list[Case] = []
    started = time.perf_counter()
    try:
        for name, run in cases(bench):
            if args.only and name not in args.only:
                continue
            log(f"… {name}")
            try:
                case = run()
            except Exception as e:  # one broken case is reported, the others still run
                case = Case(name, None, None, None, None, ok=False)
                case.extra["error"] = f"{type(e).__name__}: {e}"
                case.extra["traceback"] = traceback.format_exc(limit=6)
            if case is not None:
                results.append(case)
    finally:
        bench.close()
    report = {
        "database": str(path),
        "file_mb": round(path.stat().st_size / 1024 / 1024, 1),
        "facts": bench.facts,
        "setup": bench.setup,
        "machine": machine(),
        "seconds": round(time.perf_counter() - started, 1),
        "cases": [c.as_json() for c in results],
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(table(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
