"""The annex of the minutes listing the files kept with the meeting: name, size and SHA-256."""

from __future__ import annotations

from reportlab.platypus import Flowable

from minutier.core.minutes_record import AttachedFile, MinutesRecord
from minutier.pdf.blocks import Ctx, table

_TEXTS = {
    "fr": {
        "title": "Annexe — documents joints",
        "intro": "Ces fichiers sont conservés dans le registre ; leur empreinte SHA-256 permet de "
        "vérifier une copie.",
        "name": "Document",
        "size": "Taille",
        "item": "point {n}",
        "decision": "décision n° {n}",
        "bytes": "{n} octets",
    },
    "en": {
        "title": "Annex — attached documents",
        "intro": "These files are kept in the register; their SHA-256 fingerprint lets anyone "
        "check a copy.",
        "name": "Document",
        "size": "Size",
        "item": "item {n}",
        "decision": "decision {n}",
        "bytes": "{n} bytes",
    },
    "ko": {
        "title": "부록 — 첨부 문서",
        "intro": "이 파일들은 등록부에 보관되며, SHA-256 지문으로 사본을 확인할 수 있습니다.",
        "name": "문서",
        "size": "크기",
        "item": "안건 {n}",
        "decision": "의결 {n}",
        "bytes": "{n}바이트",
    },
}


def _size(n: int, lang: str) -> str:
    grouped = f"{n:,}".replace(",", "\u202f" if lang == "fr" else ",")
    return _TEXTS[lang]["bytes"].format(n=grouped)


def _where(f: AttachedFile, texts: dict[str, str]) -> str:
    if f.decision is not None:
        return texts["decision"].format(n=f.decision)
    if f.item is not None:
        return texts["item"].format(n=f.item)
    return ""


def attachments_annex(ctx: Ctx, record: MinutesRecord) -> list[Flowable]:
    """The annex, or nothing when no file is attached."""
    if not record.attachments:
        return []
    lang = ctx.lang if ctx.lang in _TEXTS else "en"
    texts = _TEXTS[lang]
    out: list[Flowable] = ctx.heading(ctx.lit(texts["title"]), outline=texts["title"])
    out.append(ctx.para(ctx.lit(texts["intro"]), "small"))
    rows = []
    for f in record.attachments:
        where = _where(f, texts)
        name = ctx.user(f.name) + (f"<br/>{ctx.lit(where)}" if where else "")
        rows.append(
            [
                ctx.para(name, "cell"),
                ctx.para(ctx.lit(_size(f.size, lang)), "cell"),
                ctx.para(ctx.lit(f.sha256), "cell"),
            ]
        )
    out.append(table(ctx, [texts["name"], texts["size"], "SHA-256"], rows, [0.36, 0.16, 0.48]))
    return out
