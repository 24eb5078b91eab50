"""Every character is drawn by a face that has it; ``\\`` and « » look like themselves.

NanumGothic maps U+005C to ₩ and draws guillemets like ≪ ≫, while ``pdftotext`` still reads
``\\``: only the fonts' own character maps (fontTools) and a rendering show it. Latin text is
set in Noto Sans (or Serif), Hangul runs in NanumGothic.
"""

from __future__ import annotations

import functools
import io
import subprocess
import tempfile
from importlib import resources
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from minutier.pdf import fonts, text
from minutier.pdf.blocks import Ctx

HOSTILE = [
    r"C:\Users\최상목\Documents et \x00 \\serveur\partage",
    "« Si le gouvernement » ‹ simple › “quoted” ‘single’ — – … ’ ‑ ·",
    "의장 Choi Sang Mok (최상목) : 4,000억 원 – 51 % ; l’État français ŒUVRE Ÿ ÿ æ ç",
    "Prix : 12 € / 1,8 billion de wons ₩ $ £ ¥ № ° ± × ÷ §",
    "漢字 ㄱ ㅎ 가나다라 ＡＢ （括弧） 「引用」 〈국회〉 ※ ★",
]
_FILES = dict(fonts._FILES)  # font name → shipped file


@functools.cache
def _cmap(face: str) -> frozenset[int]:
    ref = resources.files("minutier.resources") / "fonts" / _FILES[face]
    with resources.as_file(ref) as path:
        return frozenset(TTFont(path).getBestCmap())


@pytest.mark.parametrize("lang", ["fr", "en", "ko"])
@pytest.mark.parametrize("style", ["body", "h1", "head", "cell"])
@pytest.mark.parametrize("face", ["sans", "serif"])
def test_every_character_is_drawn_by_a_face_that_has_it(lang: str, style: str, face: str) -> None:
    ctx = Ctx.make(lang, 400, face=fonts.typeface(face))
    for value in HOSTILE:
        markup = f"{ctx.user(value)} <b>{ctx.user(value)}</b>"
        para = ctx.para(markup, style)
        seen = ""
        for frag in para.frags:
            cmap = _cmap(frag.fontName)
            missing = [c for c in frag.text if ord(c) not in cmap]
            assert not missing, (frag.fontName, missing, value)
            seen += frag.text
        assert "\\" in seen or "\\" not in value
        # no backslash or guillemet ever goes to the Korean face
        for frag in para.frags:
            if frag.fontName.startswith("NanumGothic"):
                assert not set(frag.text) & set("\\«»‹›")


def test_the_korean_face_would_have_drawn_the_won_sign() -> None:
    """The premise of the test above: NanumGothic's backslash is a Won sign, Noto's is not."""
    nanum = TTFont(resources.files("minutier.resources") / "fonts" / "NanumGothic.ttf")
    cmap, glyphs = nanum.getBestCmap(), nanum["glyf"]
    backslash, won = glyphs[cmap[0x5C]], glyphs[cmap[0x20A9]]
    assert backslash.numberOfContours == won.numberOfContours == 4  # a backslash has 1
    assert nanum["hmtx"][cmap[0x5C]] == nanum["hmtx"][cmap[0x20A9]]
    assert cmap[0xAB] == cmap[0x226A]  # « is the glyph of ≪


def _pixels(draw) -> bytes:
    """A small PDF page drawn by ``draw(canvas)``, rendered to grey pixels by pdftoppm."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(160, 60), invariant=1)
    draw(canvas)
    canvas.save()
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "glyph.pdf"
        pdf.write_bytes(buffer.getvalue())
        subprocess.run(
            ["pdftoppm", "-gray", "-r", "144", str(pdf), str(Path(folder) / "out")],
            check=True,
            timeout=60,
        )
        pgm = next(Path(folder).glob("out*.pgm")).read_bytes()
    return pgm


def _reference(char: str, face: str) -> bytes:
    def draw(canvas: Canvas) -> None:
        canvas.setFont(face, 28)
        canvas.drawString(10, 20, char)

    return _pixels(draw)


@pytest.mark.parametrize("char", ["\\", "«", "»"])
def test_backslash_and_guillemets_render_as_themselves(char: str) -> None:
    fonts.register()
    ctx = Ctx.make("ko", 140)
    big = ctx.styles.body.clone("big", fontSize=28, leading=30)
    para = Paragraph(text.typeset(ctx.user(f"{char}")), big)  # what Ctx.para does, larger

    def draw(canvas: Canvas) -> None:
        para.wrapOn(canvas, 140, 60)
        para.drawOn(canvas, 10, 10)

    latin = _ink_box(_reference(char, fonts.REGULAR))
    korean = _ink_box(_reference(char, fonts.KOREAN.regular))
    ours = _ink_box(_pixels(draw))
    ink = sum(sum(row) for row in latin)
    assert _distance(latin, korean) > ink // 3  # the two faces do draw it differently
    assert _distance(ours, latin) <= ink // 10, "drawn like Noto Sans"
    assert _distance(ours, korean) > ink // 3, "not like NanumGothic's ₩ / ≪ ≫"


def _grey(pgm: bytes) -> tuple[int, int, bytes]:
    _header, rest = pgm.split(b"\n", 1)
    size, rest = rest.split(b"\n", 1)
    _, data = rest.split(b"\n", 1)
    w, h = map(int, size.split())
    return w, h, data


def _ink_box(pgm: bytes) -> list[list[int]]:
    """The inked pixels cropped to their bounding box, thresholded (position-independent)."""
    w, h, data = _grey(pgm)
    rows = [data[y * w : (y + 1) * w] for y in range(h)]
    ink = [(x, y) for y, row in enumerate(rows) for x, v in enumerate(row) if v < 128]
    assert ink, "nothing was drawn"
    xs = [x for x, _ in ink]
    ys = [y for _, y in ink]
    return [
        [1 if rows[y][x] < 128 else 0 for x in range(min(xs), max(xs) + 1)]
        for y in range(min(ys), max(ys) + 1)
    ]


def _distance(a: list[list[int]], b: list[list[int]]) -> int:
    """Pixels that differ between two glyph boxes laid on each other (best of ±1 px shifts:
    anti-aliasing moves a glyph's box by a pixel with its sub-pixel position)."""
    h, w = max(len(a), len(b)) + 1, max(len(a[0]), len(b[0])) + 1

    def at(box: list[list[int]], x: int, y: int) -> int:
        return box[y][x] if 0 <= y < len(box) and 0 <= x < len(box[0]) else 0

    return min(
        sum(at(a, x, y) != at(b, x + dx, y + dy) for y in range(h) for x in range(w))
        for dx in (-1, 0, 1)
        for dy in (-1, 0, 1)
    )


def test_text_module_uses_the_faces() -> None:
    assert fonts.drawable().issuperset(text.printable("\\ « » ÿ 최상목 ’"))
