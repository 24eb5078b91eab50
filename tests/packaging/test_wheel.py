"""The wheel and the sdist: built as a user would, installed into a fresh venv, run from elsewhere.

One slow test (about 25 s here: build 9 s, venv 4 s, install 7 s with pip's cache, commands)
that proves the installed package finds its fonts, translations, icons and demo data as package
resources, and writes nothing in the current folder or beside its executable.
"""

from __future__ import annotations

import json
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import PACKAGING, ROOT, clean_env, run, tree

from minutier import __version__

pytestmark = pytest.mark.slow

# Run by the installed copy's Python: where its resources are, and that Qt can use them.
PROBE = """
import json, sys
from importlib import resources
from PySide6.QtWidgets import QApplication
import minutier
from minutier.ui import fonts, i18n, icons
from minutier.store import locations

app = QApplication(sys.argv[:1])
res = resources.files("minutier.resources")
print(json.dumps({
    "package": minutier.__file__,
    "resources": str(res),
    "fonts": fonts.register(),
    "icon_pixmap": not icons.app_icon().pixmap(64, 64).isNull(),
    "icon_path": icons.path("minutier"),
    "ofl": (res / "fonts" / "OFL.txt").is_file(),
    "demo_source": (res / "demo" / "seed-meeting.toml").is_file(),
    "translations": {code: i18n.install(code) for code in ("fr", "ko", "en")},
    "data_dir": str(locations.data_dir()),
}))
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    result = run(
        ["sh", str(PACKAGING / "build_wheel.sh")],
        cwd=ROOT,
        env={**clean_env(out / "home"), "OUTDIR": str(out), "PYTHON": sys.executable},
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_wheel_and_sdist_hold_what_the_app_needs(built: Path) -> None:
    wheel = built / f"minutier-{__version__}-py3-none-any.whl"
    sdist = built / f"minutier-{__version__}.tar.gz"
    assert sorted(p.name for p in built.iterdir()) == sorted([wheel.name, sdist.name])
    names = set(zipfile.ZipFile(wheel).namelist())
    res = "minutier/resources/"
    for needed in (
        "fonts/NanumGothic.ttf",
        "fonts/NanumGothicBold.ttf",
        "fonts/OFL.txt",
        "fonts/NotoSans-Regular.ttf",
        "fonts/NotoSans-Bold.ttf",
        "fonts/NotoSerif-Regular.ttf",
        "fonts/NotoSerif-Bold.ttf",
        "fonts/OFL-Noto.txt",
        "icons/minutier.svg",
        "demo/seed-meeting.toml",
    ):
        assert res + needed in names
    sources = sorted((ROOT / "resources" / "translations").glob("minutier_*.ts"))
    assert sources, "no translation sources"
    for ts in sources:
        assert f"{res}translations/{ts.stem}.qm" in names  # compiled by the build
        assert f"{res}translations/{ts.name}" in names  # sources travel too (small)
    assert not any(n.startswith(("tests/", "packaging/")) for n in names)
    assert f"minutier-{__version__}.dist-info/entry_points.txt" in names
    with tarfile.open(sdist) as tar:
        members = set(tar.getnames())
    top = f"minutier-{__version__}/"
    for ts in sources:
        assert f"{top}resources/translations/{ts.name}" in members
    # Desktop integration files are installed from a checkout or the bundle (packaging/linux),
    # not from the sdist: the repository keeps no MANIFEST.in at its top level.


def test_installed_wheel_runs_from_another_folder(built: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    made = run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path, timeout=300)
    assert made.returncode == 0, made.stderr
    wheel = built / f"minutier-{__version__}-py3-none-any.whl"
    env = clean_env(tmp_path / "home")
    installed = run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        cwd=tmp_path,
        env=env,
        timeout=900,
    )
    assert installed.returncode == 0, installed.stderr
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    site = next((venv / "lib").glob("python3*/site-packages"))
    before_bin, before_pkg = tree(venv / "bin"), tree(site / "minutier")
    exe = str(venv / "bin" / "minutier")
    db = tmp_path / "x.db"
    pdf = tmp_path / "x.pdf"

    version = run([exe, "--version"], cwd=cwd, env=env)
    assert version.stdout.strip() == f"minutier {__version__}", version.stderr
    demo = run([exe, "demo", str(db)], cwd=cwd, env=env)
    assert demo.returncode == 0, demo.stderr
    meetings = run([exe, "meetings", str(db)], cwd=cwd, env=env)
    assert meetings.returncode == 0 and "CSIIA" in meetings.stdout, meetings.stderr
    if (ROOT / "desktop" / "minutier" / "cli" / "pdf.py").exists():
        minutes = run(
            [exe, "minutes", str(db), "--meeting", "CSIIA/3", "--out", str(pdf)], cwd=cwd, env=env
        )
        assert minutes.returncode == 0, minutes.stderr
        assert pdf.read_bytes().startswith(b"%PDF-")
        assert b"NanumGothic" in pdf.read_bytes()  # the shipped fonts, embedded
        assert b"NotoSans" in pdf.read_bytes()

    probe = run([str(venv / "bin" / "python"), "-c", PROBE], cwd=cwd, env=env)
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout.strip().splitlines()[-1])
    assert Path(found["package"]).is_relative_to(venv), "not the installed copy"
    assert Path(found["resources"]).is_relative_to(site)
    assert "NanumGothic" in found["fonts"]
    assert found["icon_pixmap"] and Path(found["icon_path"]).is_relative_to(site)
    assert found["ofl"] and found["demo_source"]
    assert found["translations"] == {"fr": True, "ko": True, "en": True}
    assert Path(found["data_dir"]).is_relative_to(tmp_path / "home")

    assert list(cwd.iterdir()) == []
    assert tree(venv / "bin") == before_bin  # nothing beside the executable
    assert {p for p in tree(site / "minutier") if "__pycache__" not in p} == {
        p for p in before_pkg if "__pycache__" not in p
    }
