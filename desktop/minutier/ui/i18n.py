"""The interface language: which one to use, and installing its translations and locale.

English is the source language (``minutier_en.qm`` holds only its plural forms: "1 action",
"3 actions"). French and Korean come from ``minutier_fr.qm`` and ``minutier_ko.qm`` (compiled by ``packaging/build_translations.py`` from the committed ``.ts``),
plus Qt's own ``qtbase_*.qm`` for the standard buttons (OK, Cancel…). The locale that formats
dates, numbers and money follows the language: the system's own when it speaks that language,
otherwise the language's main region.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from minutier import resources

LANGUAGES = ("en", "fr", "ko")
DEFAULT_REGION = {"en": "en_GB", "fr": "fr_FR", "ko": "ko_KR"}
_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def resolve(preference: str) -> str:
    """The language to use for a stored preference ("" = follow the system)."""
    return preference if preference in LANGUAGES else system_language()


def translations_dir() -> Path:
    return resources.path("translations")


def locale_for(code: str) -> QLocale:
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale(DEFAULT_REGION.get(code, "en_GB"))


def current() -> str:
    """The language installed last (what the interface shows now)."""
    return _current


def install(code: str) -> bool:
    """Install the translations and default locale of ``code``; False if its file is missing.

    English needs no file. A missing French or Korean file (translations not built) leaves the
    interface in English rather than failing.
    """
    global _current
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    ours = QTranslator(app)
    if ours.load(f"minutier_{code}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    elif code != "en":
        ok = False
    if code != "en" and ok:
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    if ok:
        _current = code
        QLocale.setDefault(locale_for(code))
    else:
        _current = "en"
        QLocale.setDefault(locale_for("en"))
    return ok
