"""PDF minutes and reports (reportlab); takes records, returns bytes."""

from __future__ import annotations

from minutier.pdf.minutes import build_minutes

__all__ = ["build_minutes"]
