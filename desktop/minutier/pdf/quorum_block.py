"""The minutes' sentence on the quorum: reached or not, and the decisions voted without it."""

from __future__ import annotations

from reportlab.platypus import Flowable

from minutier.core.minutes_record import MinutesRecord
from minutier.pdf.blocks import Ctx

_TEXTS = {
    "fr": {
        "reached": "Le quorum est atteint\u00a0: {present} membres votants présents ou représentés, "
        "{required} requis.",
        "missing": "Le quorum n’est pas atteint\u00a0: {present} membres votants présents ou "
        "représentés, {required} requis.",
        "without": "Décisions votées sans quorum\u00a0: {numbers}.",
    },
    "en": {
        "reached": "The quorum was reached: {present} voting members present or represented, "
        "{required} required.",
        "missing": "The quorum was not reached: {present} voting members present or "
        "represented, {required} required.",
        "without": "Decisions voted without quorum: {numbers}.",
    },
    "ko": {
        "reached": "의결정족수 충족: 의결권 있는 위원 {present}명 참석(대리 포함), {required}명 필요.",
        "missing": "의결정족수 미달: 의결권 있는 위원 {present}명 참석(대리 포함), {required}명 필요.",
        "without": "정족수 없이 표결된 의결: {numbers}.",
    },
}


def quorum_block(ctx: Ctx, record: MinutesRecord) -> list[Flowable]:
    """One or two short paragraphs after the attendance; nothing when there is no rule."""
    q = record.quorum
    if q is None:
        return []
    texts = _TEXTS.get(ctx.lang, _TEXTS["en"])
    line = texts["reached" if q.reached else "missing"].format(
        present=q.present, required=q.required
    )
    out: list[Flowable] = [ctx.para(ctx.lit(line), "body")]
    if q.voted_without:
        numbers = ", ".join(str(n) for n in q.voted_without)
        out.append(ctx.para(ctx.lit(texts["without"].format(numbers=numbers)), "body"))
    return out
