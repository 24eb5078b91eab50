"""A committee's house style: letterhead, accent colour, typeface, header/footer lines, paper.

Stored in the register (table ``house_style``, one row per committee) and applied to every
PDF of the committee: minutes, agenda and reports. ``check`` refuses what a document cannot
honour, with one sentence per field. The Korean chair term (위원장 or 의장) is part of it:
one word for the role in every Korean document of the committee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutier.core.errors import ValidationError

TYPEFACES = ("sans", "serif")
PAPERS = ("a4", "letter")
CHAIR_TERMS_KO = ("위원장", "의장")
LOGO_TYPES = ("", "png", "svg")
MAX_LOGO_BYTES = 2_000_000
MAX_LINES = 6
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class HouseStyle:
    """How a committee's documents look. The defaults are Minutier's plain style."""

    issuer_lines: str = ""  # issuing body, one line each ("République française\nMinistère…")
    address: str = ""
    logo: bytes = b""
    logo_type: str = ""  # "png" or "svg"
    accent: str = "#1a1a1a"
    typeface: str = "sans"
    header: str = ""  # replaces the running header's left part when set
    footer: str = ""  # a line printed above the footer rule on every page
    paper: str = "a4"
    chair_term_ko: str = "위원장"
    attendance_signatures: bool = False  # print the attendance list with a signature column

    @property
    def is_plain(self) -> bool:
        return self == HouseStyle(paper=self.paper, chair_term_ko=self.chair_term_ko)


PLAIN = HouseStyle()


def check(style: HouseStyle) -> HouseStyle:
    """``style`` if a document can honour it; otherwise a ``ValidationError`` naming the field."""
    if style.typeface not in TYPEFACES:
        raise ValidationError("typeface", style.typeface, "choose sans or serif")
    if style.paper not in PAPERS:
        raise ValidationError("paper", style.paper, "choose a4 or letter")
    if style.chair_term_ko not in CHAIR_TERMS_KO:
        raise ValidationError("chair term", style.chair_term_ko, "choose 위원장 or 의장")
    if not _COLOUR.match(style.accent or ""):
        raise ValidationError("accent colour", style.accent, "write it as #RRGGBB, e.g. #003399")
    if len(style.issuer_lines.splitlines()) > MAX_LINES:
        raise ValidationError(
            "issuing body", style.issuer_lines, f"at most {MAX_LINES} lines fit the letterhead"
        )
    if style.logo_type not in LOGO_TYPES or bool(style.logo) != bool(style.logo_type):
        raise ValidationError("logo", style.logo_type, "a logo is a PNG or SVG file")
    if len(style.logo) > MAX_LOGO_BYTES:
        raise ValidationError("logo", f"{len(style.logo)} bytes", "a logo must be under 2 MB")
    if style.logo_type == "png" and not style.logo.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValidationError("logo", "png", "this file is not a PNG image")
    if style.logo_type == "svg" and b"<svg" not in style.logo[:4096]:
        raise ValidationError("logo", "svg", "this file is not an SVG image")
    return style
