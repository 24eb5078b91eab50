"""Reading PDFs back for the tests: poppler's pdftotext/pdffonts and pypdf."""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from pathlib import Path

import pypdf


def _with_file(pdf: bytes, *command: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(pdf)
        done = subprocess.run(
            [*command, str(path), *(["-"] if command[0] == "pdftotext" else [])],
            capture_output=True,
            check=True,
            timeout=120,
        )
    return done.stdout.decode("utf-8")


def text_of(pdf: bytes, *, layout: bool = False) -> str:
    """The text pdftotext reads (UTF-8)."""
    return _with_file(pdf, "pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []))


def pages_text(pdf: bytes) -> list[str]:
    return text_of(pdf).split("\f")[:-1]


def fonts_of(pdf: bytes) -> list[dict[str, str]]:
    """pdffonts rows: name, type, embedded ("yes"/"no"), subset."""
    lines = _with_file(pdf, "pdffonts").splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type [type2] encoding emb sub uni object-id gen
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4]})
    return rows


def squash(text: str) -> str:
    """Text without any whitespace (line breaks and wrapping differ from the source)."""
    return re.sub(r"\s+", "", text)


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def outline_titles(pdf: bytes) -> list[tuple[int, str]]:
    """(level, title) of every outline entry, in order."""
    out: list[tuple[int, str]] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, item.title))

    walk(reader(pdf).outline, 0)
    return out


def rotated_text(pdf: bytes, page: int = 0) -> str:
    """Text drawn at an angle on a page (the diagonal draft watermark)."""
    pieces: list[str] = []

    def visit(text: str, cm: list, tm: list, font: object, size: object) -> None:
        if abs(cm[1]) > 1e-6 or abs(tm[1]) > 1e-6:
            pieces.append(text)

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return "".join(pieces)
