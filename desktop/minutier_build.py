"""Build hook (pyproject.toml [tool.setuptools.cmdclass]): every wheel carries the compiled interface translations (.ts → .qm).

The .qm files are build products, never committed. Without this hook ``pip install .`` from a
checkout shipped an English-only interface, since only the packaging scripts compiled them.
``pyside6-lrelease`` comes with PySide6-Essentials, a build requirement (pyproject.toml).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent.parent  # the checkout (this file is in desktop/)
SOURCES = HERE / "resources" / "translations"


def lrelease() -> str:
    """PySide6's lrelease in this (build) environment."""
    try:
        import PySide6

        folder = Path(PySide6.__file__).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).exists():
                return str(folder / name)
    except ImportError:
        pass
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
        if found:
            return found
    raise RuntimeError("pyside6-lrelease not found: install PySide6-Essentials to build")


class BuildWithTranslations(build_py):
    """``build_py``, then lrelease of each committed .ts into the built package."""

    def run(self) -> None:
        super().run()
        sources = sorted(SOURCES.glob("minutier_*.ts"))
        if not sources:
            return
        target = Path(self.build_lib) / "minutier" / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        tool = lrelease()
        for ts in sources:
            qm = target / f"{ts.stem}.qm"
            partial = qm.with_name(f".{qm.name}.{os.getpid()}.partial")
            subprocess.run([tool, "-silent", str(ts), "-qm", str(partial)], check=True)
            os.replace(partial, qm)
