"""Bold Hangul is drawn bold, and ``minutier self-test`` checks a build from inside it."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from minutier.cli import main
from minutier.ui import self_test


def test_bold_hangul_is_drawn_bold_with_the_shipped_bold_face(app) -> None:  # type: ignore[no-untyped-def]
    """Rendered offscreen with the application's fonts: a bold row's Hangul has clearly more
    ink than the same text in the regular weight, and it comes from NanumGothic's bold face
    (not from a synthesised or foreign face)."""
    base = QApplication.font()
    for size in (9, 10, 12):  # the list sizes people read
        font = QFont(base)
        font.setPointSize(size)
        assert self_test.bold_ratio(self_test.HANGUL, font) > 1.15, size
    bold = QFont(base)
    bold.setBold(True)
    raw = QRawFont.fromFont(bold, QFontDatabase.WritingSystem.Korean)
    assert raw.familyName() == "NanumGothic"
    assert raw.styleName() == "Bold"


def test_the_self_test_command_passes_here(app, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["self-test"]) == 0
    out = capsys.readouterr().out
    for check in ("translations", "hangul", "preview"):
        assert f"self-test: {check}: ok" in out, out


def test_the_self_test_reports_what_is_missing(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from minutier.ui import i18n

    monkeypatch.setattr(i18n, "install", lambda code: code == "en")  # no .qm found
    lines: list[str] = []
    assert self_test.run(lines.append) is False
    assert any(line.startswith("self-test: translations: FAILED") for line in lines), lines
    assert any(line.startswith("self-test: preview: ok") for line in lines), lines
