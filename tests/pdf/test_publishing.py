"""House style, the Korean chair term, the attendance signature column, editions in the PDF."""

from __future__ import annotations

import base64
import dataclasses
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_readback import fonts_of, pages_text, reader, squash, text_of

from minutier.core.errors import ValidationError
from minutier.core.house_style import HouseStyle, check
from minutier.services import house_style, lookup, minutes
from minutier.store.connection import Store

# A 2×1 red PNG (the smallest logo that still has a width and a height).
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAMBAEAl7r5WwAAAABJRU5ErkJggg=="
)


def _pixels_near(pdf: bytes, rgb: tuple[int, int, int], tolerance: int = 40) -> int:
    """Pixels of page 1 (rendered by pdftoppm at 40 dpi) close to colour ``rgb``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "40", "-f", "1", "-l", "1", str(path), str(Path(folder) / "p")],
            check=True,
            timeout=60,
        )
        data = next(Path(folder).glob("p*.ppm")).read_bytes()
    body = data.split(b"\n", 3)[3]
    return sum(
        1
        for i in range(0, len(body) - 2, 3)
        if all(abs(body[i + k] - rgb[k]) <= tolerance for k in range(3))
    )


def m3(store: Store) -> int:
    return int(lookup.meeting(store, "CSIIA/3")["id"])


def committee(store: Store) -> int:
    return int(lookup.committee(store, "CSIIA")["id"])


def test_korean_says_the_chair_one_way_per_committee(demo: Store) -> None:
    """Issue 15 #4: 의장 in the title block but 위원장 in the attendance and signatures."""
    text = squash(text_of(minutes.minutes_pdf(demo, m3(demo), lang="ko")))
    assert "위원장" in text and "의장" not in text.replace("위원장", "")
    house_style.save(demo, committee(demo), HouseStyle(chair_term_ko="의장"))
    text = squash(text_of(minutes.minutes_pdf(demo, m3(demo), lang="ko")))
    assert "위원장" not in text and text.count("의장") >= 3  # title block, attendance, signature


def test_house_style_applies_letterhead_typeface_colour_lines_and_paper(demo: Store) -> None:
    plain = minutes.minutes_pdf(demo, m3(demo))
    style = HouseStyle(
        issuer_lines="République française\nMinistère de l’Économie",
        address="139 rue de Bercy, 75012 Paris",
        logo=PNG,
        logo_type="png",
        accent="#003399",
        typeface="serif",
        header="MEF — Comité IA",
        footer="Document de travail — diffusion restreinte",
        paper="letter",
    )
    house_style.save(demo, committee(demo), style)
    assert house_style.load(demo, committee(demo)) == style
    pdf = minutes.minutes_pdf(demo, m3(demo))
    assert pdf != plain
    pages = pages_text(pdf)
    first = squash(pages[0])
    assert "Républiquefrançaise" in first and "139ruedeBercy" in first
    assert all("MEF—ComitéIA" in squash(p) for p in pages)
    assert all("Documentdetravail—diffusionrestreinte" in squash(p) for p in pages)
    names = {f["name"].split("+")[1] for f in fonts_of(pdf)}
    assert {"NotoSerif-Regular", "NotoSerif-Bold"} <= names
    assert not {"NotoSans-Regular", "NotoSans-Bold"} & names
    box = reader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # letter
    assert b"/XObject" in pdf  # the logo image
    assert _pixels_near(pdf, (0x00, 0x33, 0x99)) > 200  # title, headings and rule in #003399
    assert _pixels_near(plain, (0x00, 0x33, 0x99)) == 0
    assert pdf == minutes.minutes_pdf(demo, m3(demo))  # still byte-for-byte reproducible


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("typeface", "comic"),
        ("paper", "a3"),
        ("accent", "blue"),
        ("chair_term_ko", "회장"),
        ("logo", b"GIF89a"),
    ],
)
def test_a_style_a_document_cannot_honour_is_refused(field: str, value: object) -> None:
    extra = {"logo_type": "png"} if field == "logo" else {}
    with pytest.raises(ValidationError):
        check(dataclasses.replace(HouseStyle(), **{field: value}, **extra))


def test_attendance_with_a_signature_column(demo: Store) -> None:
    """Issue 15 #8: the attendance list printed as proof, with room to sign."""
    header = re.compile(r"^Nom\s+Qualité\s+Présence\s+Signature\s*$", re.M)
    plain = text_of(minutes.minutes_pdf(demo, m3(demo)), layout=True)
    signed = text_of(minutes.minutes_pdf(demo, m3(demo), signatures=True), layout=True)
    assert re.search(r"^Nom\s+Qualité\s+Présence\s*$", plain, re.M) and not header.search(plain)
    assert header.search(signed)
    korean = text_of(minutes.minutes_pdf(demo, m3(demo), lang="ko", signatures=True), layout=True)
    assert re.search(r"참석 여부\s+서명", korean)
    house_style.save(demo, committee(demo), HouseStyle(attendance_signatures=True))
    assert header.search(text_of(minutes.minutes_pdf(demo, m3(demo)), layout=True))


def test_agenda_and_reports_take_the_house_style(demo: Store, tmp_path: Path) -> None:
    from minutier.cli import main
    from minutier.pdf.agenda import build_agenda
    from minutier.services import reports

    style = HouseStyle(issuer_lines="République française", footer="Pied de page maison")
    house_style.save(demo, committee(demo), style)
    agenda = squash(text_of(build_agenda(reports.agenda(demo, "CSIIA/3"))))
    assert "Républiquefrançaise" in agenda and "Pieddepagemaison" in agenda
    path = demo.path
    demo.close()
    out = tmp_path / "r.pdf"
    assert main(["report", "actions", str(path), "--committee", "CSIIA", "--out", str(out)]) == 0
    report = squash(text_of(out.read_bytes()))
    assert "Républiquefrançaise" in report and "Pieddepagemaison" in report


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=120), st.text(max_size=60))
def test_any_house_style_text_builds_and_reads_back(demo_record, lines: str, footer: str) -> None:  # type: ignore[no-untyped-def]
    """Letterhead and footer are user text: escaped, never markup, whatever is typed."""
    from minutier.pdf import build_minutes, text

    style = HouseStyle(issuer_lines=lines, footer=footer.replace("\n", " "), header="<b>&")
    record = dataclasses.replace(
        demo_record, committee=dataclasses.replace(demo_record.committee, style=style)
    )
    pdf = build_minutes(record)
    read = squash(text_of(pdf))
    for line in lines.splitlines():
        # pdftotext joins a line ending in a hyphen to the next (dehyphenation), dropping it.
        expected = squash(text.plain(line, "fr")).rstrip("-\u2010\u00ad")
        if expected and len(expected) < 40:
            assert expected in read
    assert "<b>&" in text_of(pdf)
