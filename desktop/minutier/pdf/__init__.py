"""PDF minutes and reports (reportlab); takes records, returns bytes.

``build_minutes`` is imported on first use (PEP 562): importing the package itself — as
``importlib.util.find_spec("minutier.pdf.minutes")`` does when the window checks whether PDFs
can be made — must not load reportlab (0.25 s of the window's start).
"""

from __future__ import annotations

from typing import Any

__all__ = ["build_minutes"]


def __getattr__(name: str) -> Any:
    if name == "build_minutes":
        from minutier.pdf.minutes import build_minutes

        return build_minutes
    raise AttributeError(f"module 'minutier.pdf' has no attribute {name!r}")
