"""A committee's quorum rule — a count, a fraction of voting members or a majority — and its arithmetic."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

from minutier.core.errors import ValidationError

NOT_A_RULE = (
    "write a number of members (5), a fraction of the voting members (1/2, 2/3, 50 %) or “majority”"
)
_MAJORITY = re.compile(r"majorit[ée]|majority|과반(?:수)?|simple majority|majorité simple")
_FRACTION = re.compile(r"([0-9]{1,3})\s*/\s*([0-9]{1,3})")
_PERCENT = re.compile(r"([0-9]{1,3}(?:[.,][0-9]{1,2})?)\s*%")
_COUNT = re.compile(r"[0-9]{1,4}")
VOTING_ROLES = ("chair", "vice_chair", "member")


def parse_rule(text: str, field: str = "quorum") -> str:
    """The stored form of a typed rule: "" (none), "5", "2/3" or "majority"."""
    cleaned = " ".join(unicodedata.normalize("NFKC", str(text)).casefold().split())
    if not cleaned:
        return ""
    if _MAJORITY.fullmatch(cleaned):
        return "majority"
    if match := _COUNT.fullmatch(cleaned):
        if int(cleaned) == 0:
            raise ValidationError(field, text, "a quorum of zero members is no quorum")
        return str(int(cleaned))
    share: Fraction | None = None
    if match := _FRACTION.fullmatch(cleaned):
        if int(match[2]) == 0:
            raise ValidationError(field, text, NOT_A_RULE)
        share = Fraction(int(match[1]), int(match[2]))
    elif match := _PERCENT.fullmatch(cleaned):
        share = Fraction(match[1].replace(",", ".")) / 100
    if share is None:
        raise ValidationError(field, text, NOT_A_RULE)
    if not 0 < share <= 1:
        raise ValidationError(field, text, "a fraction of the members is above 0 and at most 1")
    return f"{share.numerator}/{share.denominator}"


def required(rule: str, voting_members: int) -> int | None:
    """How many voting members must take part for ``rule``; None when there is no rule."""
    if not rule:
        return None
    if rule == "majority":
        return voting_members // 2 + 1
    if "/" in rule:
        numerator, denominator = (int(x) for x in rule.split("/"))
        return max(1, math.ceil(Fraction(numerator, denominator) * voting_members))
    return int(rule)


@dataclass(frozen=True)
class Quorum:
    """Who counts at a meeting against the committee's rule."""

    rule: str  # as stored: "5", "2/3", "majority"
    proxies_count: bool
    voting_members: int
    present: int  # voting members present, plus those represented when proxies count
    required: int

    @property
    def reached(self) -> bool:
        return self.present >= self.required
