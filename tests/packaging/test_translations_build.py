"""Translations ship with every build, and the developer commands leave the committed .ts alone.

``pip install .`` from a checkout (no .qm in it: they are never committed) must give a wheel
with the compiled French and Korean interface; ``sh packaging/dev.sh test`` must not rewrite
``resources/translations/*.ts`` even when the sources hold strings the .ts does not have yet.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import ROOT, clean_env, run

TS = ROOT / "resources" / "translations"


def checkout_copy(dest: Path) -> Path:
    """The committed files of this checkout, as a fresh clone would have them (no .qm)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, listed):
        src = ROOT / os.fsdecode(name)
        if src.is_file():
            target = dest / os.fsdecode(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
    # Work in progress (not yet committed) counts too: the build hook and this branch's .ts.
    for extra in ("desktop/minutier_build.py", "pyproject.toml", "packaging/dev.sh"):
        if (ROOT / extra).exists():
            shutil.copy2(ROOT / extra, dest / extra)
    assert not list((dest / "resources" / "translations").glob("*.qm"))
    return dest


@pytest.mark.slow
def test_pip_wheel_from_a_checkout_carries_compiled_translations(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    source = checkout_copy(tmp_path / "src")
    out = tmp_path / "out"
    built = run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)],
        cwd=tmp_path,
        env=clean_env(tmp_path / "home"),
        timeout=900,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    wheel = next(out.glob("minutier-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for lang in ("en", "fr", "ko"):
            assert f"minutier/resources/translations/minutier_{lang}.qm" in names
        fr = zf.read("minutier/resources/translations/minutier_fr.qm")
    translator = QTranslator()
    qm = tmp_path / "minutier_fr.qm"
    qm.write_bytes(fr)
    assert translator.load(str(qm))
    assert translator.translate("RecordDialog", "New meeting") == "Nouvelle réunion"
    # The checkout itself is not written to.
    assert not list((source / "resources" / "translations").glob("*.qm"))


def test_dev_sh_compiles_without_rewriting_the_committed_ts(tmp_path: Path) -> None:
    venv = ROOT / ".venv"
    if not (venv / "bin" / "python").exists():
        pytest.skip("no developer venv in this checkout")
    source = checkout_copy(tmp_path / "src")
    (source / ".venv").symlink_to(venv)
    stamp = venv / ".minutier-installed"
    if not stamp.exists():
        pytest.skip("developer venv not bootstrapped by dev.sh")
    # A window string the committed .ts does not know yet (a source scan would add it).
    (source / "desktop" / "minutier" / "ui" / "zz_new_string.py").write_text(
        '"""Test only."""\n\nfrom PySide6.QtCore import QCoreApplication\n\n'
        'X = QCoreApplication.translate("Probe", "A string no .ts has yet")\n'
    )
    before = {p.name: p.read_bytes() for p in (source / "resources" / "translations").glob("*.ts")}
    # dev.sh reinstalls (pip install -e of the copy!) unless the venv's stamp matches.
    cksum = subprocess.run(
        ["cksum"], input=(source / "pyproject.toml").read_bytes(), capture_output=True, check=True
    ).stdout.decode()
    if stamp.read_text().strip() != cksum.strip():
        pytest.skip("the venv was installed from another pyproject.toml: dev.sh would reinstall")
    result = run(
        ["sh", "packaging/dev.sh", "test", "--version"],
        cwd=source,
        env=clean_env(tmp_path / "home"),
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    after = {p.name: p.read_bytes() for p in (source / "resources" / "translations").glob("*.ts")}
    assert after == before
    for lang in ("en", "fr", "ko"):
        assert (source / "resources" / "translations" / f"minutier_{lang}.qm").exists()
