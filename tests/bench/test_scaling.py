"""The scaling report: its table reads growth right and its plot is a real PNG (no timing)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QImage

from minutier.bench import scaling


def _report(factor: float, flat: float) -> dict:
    def case(name: str, ms: float, **extra: float) -> dict:
        return {"name": name, "median_ms": ms, "p95_ms": ms, "max_ms": ms, "extra": extra}

    return {
        "cases": [
            case("cold start: minutier DB to dashboard painted", 300 * flat),
            case("search: common term “budget” (1 records)", 10 * flat),
            case("initiative timeline (3 entries)", 5 * factor),
            case("dashboard figures", 2 * factor**0.5),
            case("memory: archive open", 0.0, rss_mb=120 * flat),
        ]
    }


def test_table_and_plot_from_saved_figures(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    saved = {"0.25": _report(0.25, 1.0), "1": _report(1.0, 1.0), "4": _report(4.0, 1.1)}
    (tmp_path / "in.json").write_text(json.dumps(saved), encoding="utf-8")
    out = tmp_path / "out"
    assert scaling.main(["--from-json", str(tmp_path / "in.json"), "--out", str(out)]) == 0
    md = (out / "scaling.md").read_text(encoding="utf-8")
    rows = {line.split(" | ")[0].strip("| "): line for line in md.splitlines()}
    assert "flat" in rows["search common word"]
    assert "linear or worse" in rows["initiative timeline"]
    assert "sub-linear (exponent 0.50)" in rows["dashboard figures"]
    assert "| — |" in rows["search Korean"]  # a case not measured says so
    assert "132 MB resident, under 600 MB" in md
    image = QImage(str(out / "scaling.png"))
    assert not image.isNull() and image.width() >= 800
