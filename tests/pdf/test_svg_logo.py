"""An SVG logo of a house style prints (svglib is a declared dependency) and stays inert."""

from __future__ import annotations

import base64
import importlib.metadata
import subprocess
import tempfile
import tomllib
from pathlib import Path

from pdf_readback import fonts_of, text_of

from minutier.core.house_style import HouseStyle
from minutier.services import house_style, lookup, minutes
from minutier.services.exchange import json_format
from minutier.store.connection import Store, open_store

GREEN = (0x00, 0xA0, 0x00)
# A real logo: shapes, a path and text (Latin and Hangul), in user units with a viewBox.
LOGO = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">
  <rect x="0" y="0" width="120" height="120" fill="#00a000"/>
  <circle cx="60" cy="60" r="30" fill="#ffffff"/>
  <path d="M130 10 L230 10 L180 60 Z" fill="#000000"/>
  <text x="130" y="105" font-family="Marianne, Arial" font-size="34" font-weight="bold"
        fill="#000000">RF 과학</text>
</svg>""".encode()
# A 1×1 PNG in pure red: were it read from disk by the SVG, red pixels would appear.
RED_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
)


def page_one(pdf: bytes) -> tuple[int, int, bytes]:
    """Page 1 rendered by pdftoppm at 50 dpi: width, height, RGB bytes."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "50", "-f", "1", "-l", "1", str(path), str(Path(folder) / "p")],
            check=True,
            timeout=60,
        )
        data = next(Path(folder).glob("p*.ppm")).read_bytes()
    magic, size, depth, body = data.split(b"\n", 3)
    assert magic == b"P6" and depth == b"255"
    width, height = map(int, size.split())
    return width, height, body


def count(pdf: bytes, test, *, right: float = 0.3, bottom: float = 0.15) -> int:  # type: ignore[no-untyped-def]
    """Pixels of page 1's top-left corner (the letterhead's logo cell) for which ``test`` holds."""
    width, height, body = page_one(pdf)
    n = 0
    for y in range(int(height * bottom)):
        row = y * width * 3
        for x in range(int(width * right)):
            i = row + 3 * x
            n += bool(test(body[i], body[i + 1], body[i + 2]))
    return n


def green(r: int, g: int, b: int) -> bool:
    return abs(r - GREEN[0]) < 50 and abs(g - GREEN[1]) < 50 and abs(b - GREEN[2]) < 50


def dark(r: int, g: int, b: int) -> bool:
    return r < 80 and g < 80 and b < 80


def red(r: int, g: int, b: int) -> bool:
    return r > 200 and g < 60 and b < 60


def m3(store: Store) -> int:
    return int(lookup.meeting(store, "CSIIA/3")["id"])


def committee(store: Store) -> int:
    return int(lookup.committee(store, "CSIIA")["id"])


def test_svg_support_is_a_declared_dependency() -> None:
    """The installed package requires svglib (so a venv from pyproject.toml has it)."""
    root = Path(__file__).resolve().parents[2]
    declared = tomllib.loads((root / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.replace(" ", "").startswith("svglib>=") for d in declared)
    installed = importlib.metadata.requires("minutier") or []
    assert any(r.startswith("svglib") and "extra" not in r for r in installed), installed
    spec = (root / "packaging" / "pyinstaller" / "minutier.spec").read_text()
    assert '"svglib.svglib"' in spec


def test_an_imported_svg_logo_prints_on_page_one(demo: Store, tmp_path: Path) -> None:
    """The logo arrives raw through the exchange format (as from another ministry's register)."""
    plain = minutes.minutes_pdf(demo, m3(demo))
    house_style.save(
        demo,
        committee(demo),
        HouseStyle(issuer_lines="République française", logo=LOGO, logo_type="svg"),
    )
    json_format.write_json(demo, tmp_path / "export.json")
    other = open_store(tmp_path / "other.minutier", create=True, who="tester")
    try:
        json_format.import_file(other, tmp_path / "export.json")
        assert house_style.load(other, committee(other)).logo_type == "svg"
        pdf = minutes.minutes_pdf(other, m3(other))
    finally:
        other.close()
    assert count(pdf, green) > 150  # the square, at 16 mm high
    assert count(plain, green) == 0
    # The triangle and the text beside the square: dark pixels the plain page has not there.
    assert count(pdf, dark) > count(plain, dark) + 40
    assert all(f["emb"] == "yes" for f in fonts_of(pdf)), fonts_of(pdf)
    assert {f["name"].split("+")[-1] for f in fonts_of(pdf)} <= {
        "NotoSans-Regular", "NotoSans-Bold", "NanumGothic", "NanumGothicBold",
    }  # fmt: skip


def test_an_svg_cannot_read_files_through_entities_or_images(demo: Store, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-7f3a9c")
    picture = tmp_path / "red.png"
    picture.write_bytes(RED_PNG)
    hostile = f"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file://{secret}"> <!ENTITY pw SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="200" height="100">
  <rect width="60" height="100" fill="#00a000"/>
  <text x="70" y="40" font-size="20">&xxe;&pw;</text>
  <image x="70" y="0" width="130" height="100" href="file://{picture}"/>
  <image x="70" y="0" width="130" height="100" xlink:href="{picture}"/>
  <image x="70" y="0" width="130" height="100" href="file:///etc/passwd"/>
  <image x="70" y="0" width="130" height="100" href="red.png"/>
</svg>""".encode()
    house_style.save(demo, committee(demo), HouseStyle(logo=hostile, logo_type="svg"))
    pdf = minutes.minutes_pdf(demo, m3(demo))
    assert count(pdf, green) > 50  # the logo's own shapes still print
    assert count(pdf, red) == 0  # no picture read from the disk
    text = text_of(pdf)
    assert "SECRET-7f3a9c" not in text and "root:" not in text
    assert b"SECRET-7f3a9c" not in pdf and b"root:x:" not in pdf
