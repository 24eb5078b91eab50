"""The PySide6 desktop interface; the only package that imports Qt."""

from __future__ import annotations

import os
import sys

import PySide6.QtCore  # noqa: F401  (loads PySide's import hook, prepared below)


def _known_to_pyside() -> int:
    """Tell PySide which modules it need not read; how many names it was told.

    Once loaded, PySide reads the whole source of every module named in an ``import`` that
    follows (``inspect.getsource``) to learn whether it mentions "PySide6", which would let it
    use PySide's optional ``__feature__`` switches (snake_case, true_property). Minutier uses
    none. The modules loaded before PySide (the standard library, ``minutier.core`` and
    ``minutier.store``) are entered in its table as not using it, the value its own reading
    gives them: it then skips them; so are this package's own modules, which do use it.
    That reading cost 13-19 ms of every start (typing, pathlib, dataclasses… read again
    from disk).

    The table is PySide's own (``shibokensupport.feature``), not a public interface: with
    another PySide that lacks it nothing is entered, and starting is only slower.
    ``tests/ui/test_pyside_scan.py`` says when an upgrade stops it working.
    """
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return 0
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    told = 0
    for name in list(sys.modules):
        if name not in table and not name.startswith(("PySide6", "shiboken", "minutier.ui")):
            table[name] = -1  # -1: "ignore this module" (no feature switching for it)
            told += 1
    # This package's modules, not loaded yet, do use PySide: 0, its default selection.
    folder = os.path.dirname(__file__)
    for top, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(("_", "."))]
        package = os.path.relpath(top, folder).replace(os.sep, ".")
        prefix = __name__ if package == "." else f"{__name__}.{package}"
        for file in files:
            if file.endswith(".py"):
                stem = file[:-3]
                table.setdefault(prefix if stem == "__init__" else f"{prefix}.{stem}", 0)
                told += 1
    return told


KNOWN_TO_PYSIDE = _known_to_pyside()
