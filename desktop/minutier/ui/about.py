"""The About box: versions, where the data lives, and the licences of the bundled fonts.

The fonts' licence (SIL OFL 1.1, ``resources/fonts/OFL.txt``) is shown in full under the
box's "Show Details…" button, as the licence asks of every copy distributed.
"""

from __future__ import annotations

import html
import platform
from importlib import resources

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from minutier import __version__
from minutier.store import locations
from minutier.ui import icons
from minutier.ui.settings import Settings


def about_text(parent: QWidget) -> str:
    rows = [
        (QCoreApplication.translate("AboutBox", "Version"), __version__),
        (QCoreApplication.translate("AboutBox", "Qt"), f"{qVersion()} (PySide6 {pyside_version})"),
        (QCoreApplication.translate("AboutBox", "Python"), platform.python_version()),
        (QCoreApplication.translate("AboutBox", "Data folder"), str(locations.data_dir())),
        (QCoreApplication.translate("AboutBox", "Log folder"), str(locations.log_dir())),
        (QCoreApplication.translate("AboutBox", "Settings"), Settings().q.fileName()),
    ]
    table = "".join(
        f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    fonts = QCoreApplication.translate(
        "AboutBox",
        "PDF text is set in Noto Sans and Noto Serif (© Google) and Hangul in NanumGothic "
        "(© NAVER Corporation), all shipped under the SIL Open Font License 1.1 (OFL-Noto.txt "
        "and OFL.txt beside the font files).",
    )
    intro = QCoreApplication.translate(
        "AboutBox",
        "Minutier keeps a committee's meetings, decisions, initiatives and actions in one "
        "offline file, and prints the official minutes.",
    )
    return f"<p>{html.escape(intro)}</p><table>{table}</table><p>{html.escape(fonts)}</p>"


def font_licence() -> str:
    """The full licence texts of the bundled fonts (``resources/fonts/OFL.txt``, NanumGothic,
    then ``OFL-Noto.txt``, Noto Sans and Noto Serif)."""
    folder = resources.files("minutier.resources") / "fonts"
    return "\n\n".join(
        (folder / name).read_text(encoding="utf-8") for name in ("OFL.txt", "OFL-Noto.txt")
    )


def show_about(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setObjectName("about_box")
    box.setWindowTitle(QCoreApplication.translate("AboutBox", "About Minutier"))
    box.setIconPixmap(icons.app_icon().pixmap(64, 64))
    box.setText(f"<h3>Minutier {__version__}</h3>")
    box.setInformativeText(about_text(parent))
    box.setDetailedText(font_licence())
    box.exec()
