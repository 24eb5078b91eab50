"""The minutes' sentence on the quorum: reached or not, and the decisions voted without it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from minutier.core.minutes_record import MinutesRecord
from minutier.pdf.blocks import Ctx

_TEXTS = {
    "fr": {
        "reached": "Le quorum est atteint\u00a0: {present} {members} sur {required} requis.",
        "missing": "Le quorum n’est pas atteint\u00a0: {present} {members} sur {required} requis.",
        "one": "membre votant présent ou représenté",
        "many": "membres votants présents ou représentés",
        "without": "Décisions votées sans quorum\u00a0: {numbers}.",
    },
    "en": {
        "reached": "The quorum was reached: {present} {members}, {required} required.",
        "missing": "The quorum was not reached: {present} {members}, {required} required.",
        "one": "voting member present or represented",
        "many": "voting members present or represented",
        "without": "Decisions voted without quorum: {numbers}.",
    },
    "ko": {
        "reached": "의결정족수 충족: {members} {present}명 참석(대리 포함), {required}명 필요.",
        "missing": "의결정족수 미달: {members} {present}명 참석(대리 포함), {required}명 필요.",
        "one": "의결권 있는 위원",
        "many": "의결권 있는 위원",
        "without": "정족수 없이 표결된 의결: {numbers}.",
    },
}


def quorum_block(ctx: Ctx, record: MinutesRecord) -> list[Flowable]:
    """One or two short paragraphs after the attendance; nothing when there is no rule."""
    q = record.quorum
    if q is None:
        return []
    texts = _TEXTS.get(ctx.lang, _TEXTS["en"])
    members = texts["one" if q.present <= 1 else "many"]
    line = texts["reached" if q.reached else "missing"].format(
        present=q.present, required=q.required, members=members
    )
    out: list[Flowable] = [Spacer(1, 2 * mm), ctx.para(ctx.lit(line), "body")]
    if q.voted_without:
        numbers = ", ".join(str(n) for n in q.voted_without)
        out.append(ctx.para(ctx.lit(texts["without"].format(numbers=numbers)), "body"))
    return out
