"""Render the application icon (resources/icons/minutier.svg) to PNG files of the usual sizes.

PNGs are build products, drawn from the one SVG with QtSvg so no other tool is needed:

    python packaging/render_icons.py OUT_DIR              # OUT_DIR/minutier-16.png … -512.png
    python packaging/render_icons.py --hicolor OUT_DIR    # OUT_DIR/NxN/apps/org.minutier.Minutier.png

The second form lays them out as a freedesktop icon theme (``share/icons/hicolor``), with the
SVG itself under ``scalable/apps``. Runs headless (the offscreen platform is set here).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

APP_ID = "org.minutier.Minutier"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "minutier.svg"


def render(svg: Path, size: int, out: Path) -> None:
    """Draw ``svg`` into a transparent ``size``×``size`` PNG at ``out``."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"render_icons: could not write {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write into")
    parser.add_argument("--hicolor", action="store_true", help="lay out as an icon theme")
    parser.add_argument("--svg", type=Path, default=SVG, help="source SVG (default: the app icon)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (must live)
    for size in SIZES:
        if args.hicolor:
            target = args.out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        else:
            target = args.out / f"minutier-{size}.png"
        render(args.svg, size, target)
    if args.hicolor:
        scalable = args.out / "scalable" / "apps" / f"{APP_ID}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(args.svg, scalable)
    return 0


if __name__ == "__main__":
    sys.exit(main())
