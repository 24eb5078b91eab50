"""``minutier self-test``: what a build needs beyond Python, checked from inside it.

Run by the bundle's smoke test (PyInstaller can leave out a data file, a shared library or a
lazily imported module without any error at build time): the interface translations load
and translate, the shipped Hangul font draws Hangul and its bold face draws it bold, and the
in-app PDF preview (pypdfium2) draws a page of the demo's minutes. Headless
(``QT_QPA_PLATFORM=offscreen``). Writes only into a temporary folder it removes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

HANGUL = "회의 결정 사항 검토"
# A message each interface translation must carry (context, source, French, Korean).
PROBE = ("UndoStep", "Record decision", "Enregistrer une décision", "결정 기록")


def ink(text: str, font: QFont, *, size: tuple[int, int] = (600, 80)) -> int:
    """How many pixels of ``text`` drawn black on white in ``font`` are dark."""
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(4, size[1] * 2 // 3, text)
    painter.end()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).lightness() < 128
    )


def bold_ratio(text: str = HANGUL, base: QFont | None = None) -> float:
    """Ink of ``text`` in bold over its ink in the regular weight (same font otherwise)."""
    regular = QFont(base) if base is not None else QFont()
    bold = QFont(regular)
    bold.setBold(True)
    plain = ink(text, regular)
    return ink(text, bold) / plain if plain else 0.0


def check_translations() -> str:
    from minutier.ui import i18n

    try:
        for code, expected in (("fr", PROBE[2]), ("ko", PROBE[3])):
            if not i18n.install(code):
                raise AssertionError(f"no {code} translation file in {i18n.translations_dir()}")
            said = QCoreApplication.translate(PROBE[0], PROBE[1])
            if said != expected:
                raise AssertionError(f"{code}: {PROBE[1]!r} is said {said!r}")
    finally:
        i18n.install("en")
    return "French and Korean translations load and translate"


def check_hangul() -> str:
    styles = QFontDatabase.styles("NanumGothic")
    if "Bold" not in styles:
        raise AssertionError(f"the Hangul font has the styles {styles}, no Bold")
    plain = ink(HANGUL, QFont())
    if plain < 50:
        raise AssertionError(f"Hangul draws {plain} dark pixels (boxes or nothing)")
    ratio = bold_ratio()
    if ratio < 1.15:
        raise AssertionError(f"bold Hangul has only {ratio:.2f}x the ink of regular")
    return f"Hangul drawn ({plain} dark pixels), bold {ratio:.2f}x the ink of regular"


def check_preview() -> str:
    from PySide6.QtWidgets import QApplication

    from minutier.services import minutes
    from minutier.services.demo import build_demo
    from minutier.store.connection import open_store
    from minutier.ui.preview.dialog import PdfPreview

    with tempfile.TemporaryDirectory(prefix="minutier-self-test-") as folder:
        path = build_demo(Path(folder) / "demo.minutier")
        store = open_store(path)
        try:
            meeting = store.scalar(
                "SELECT id FROM meeting WHERE status != 'planned' ORDER BY starts_at LIMIT 1"
            )
            data = minutes.minutes_pdf(store, meeting, lang="ko")
        finally:
            store.close()
    preview = PdfPreview(data, "self-test", "self-test.pdf")
    try:
        preview.resize(800, 600)
        preview.show()
        QApplication.processEvents()
        pixmap = preview.canvas.pixmap()
        if pixmap is None or pixmap.isNull():
            raise AssertionError("the preview shows no page image")
        image = pixmap.toImage()
        step = 4
        dark = sum(
            1
            for y in range(0, image.height(), step)
            for x in range(0, image.width(), step)
            if QColor(image.pixel(x, y)).lightness() < 128
        )
        if dark < 20:
            raise AssertionError(f"the preview's page is blank ({dark} dark samples)")
        return (
            f"PDF preview (pypdfium2) drew page 1 of {preview.pages.count}: "
            f"{image.width()}x{image.height()} px, {dark} dark samples"
        )
    finally:
        preview.close()
        preview.pages.close()


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("translations", check_translations),
    ("hangul", check_hangul),
    ("preview", check_preview),
)


def run(say: Callable[[str], object] = print) -> bool:
    """Every check, one line each; True when all passed."""
    from minutier.ui import launch

    launch.prepare()
    ok = True
    for name, check in CHECKS:
        try:
            say(f"self-test: {name}: ok — {check()}")
        except Exception as e:  # a failed check is reported, the next ones still run
            ok = False
            say(f"self-test: {name}: FAILED — {e}")
    return ok
