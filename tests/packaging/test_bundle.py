"""The standalone bundle: PyInstaller builds it, and it runs with no Python on the machine.

About 60-70 s here (the build; the smoke test takes 3 s), so it runs in the normal suite,
marked slow. ``packaging/smoke_bundle.sh`` does the running: --version, demo, meetings,
minutes when the command exists, the window offscreen reached through its single-instance
socket; as root it first hides every Python (mount namespace). This test adds the build, the
size budget, the absence of the Qt modules the application does not use, and that the frozen
app prints the very same minutes PDF (same SHA-256) as this checkout.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from packaging_helpers import PACKAGING, ROOT, clean_env, minutier_cmd, run

pytestmark = pytest.mark.slow

SIZE_BUDGET = 200 * 1024 * 1024  # 147 MB when written, 186 MB with pypdfium2 (preview),
# psycopg and libpq (hub), keyring and the Noto fonts; a heavy module pulled in would show
UNUSED = (
    "WebEngine",
    "Qml",
    "Quick",
    "Qt63D",
    "Multimedia",
    "Designer",
    "Pdf",
    "Charts",
    "libqgtk3",
)


def test_bundle_builds_and_runs_without_python(tmp_path: Path) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (the dev extra installs it)")
    env = clean_env(
        tmp_path / "home",
        PYTHON=sys.executable,
        DIST_DIR=str(tmp_path / "dist"),
        BUILD_DIR=str(tmp_path / "build"),
    )
    built = run(["sh", str(PACKAGING / "build_bundle.sh")], cwd=ROOT, env=env, timeout=900)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    bundle = tmp_path / "dist" / "minutier"
    assert (bundle / "minutier").is_file()

    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    assert size < SIZE_BUDGET, f"bundle is {size / 2**20:.0f} MB"
    unwanted = [str(p.relative_to(bundle)) for p in files if any(u in p.name for u in UNUSED)]
    assert unwanted == []
    res = bundle / "_internal" / "minutier" / "resources"
    for ts in (ROOT / "resources" / "translations").glob("minutier_*.ts"):
        assert (res / "translations" / f"{ts.stem}.qm").is_file()
    assert (res / "fonts" / "OFL.txt").is_file()
    assert (res / "fonts" / "OFL-Noto.txt").is_file() and (
        res / "fonts" / "NotoSans-Regular.ttf"
    ).is_file()

    smoke = run(["sh", str(PACKAGING / "smoke_bundle.sh"), str(bundle)], cwd=tmp_path, timeout=600)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke: OK" in smoke.stdout
    assert "nothing written beside the executable or in the current folder" in smoke.stdout
    # Inside the bundle: the .qm translations translate, NanumGothic's bold face draws bold
    # Hangul, and pypdfium2 (library included) draws a page in the in-app preview.
    for check in ("translations", "hangul", "preview"):
        assert f"smoke: self-test: {check}: ok" in smoke.stdout, smoke.stdout
    assert (res / "fonts" / "NanumGothicBold.ttf").is_file()
    dangling = [
        str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()
    ]
    assert dangling == []  # links to pruned Qt libraries went with them
    pdfium = [p.name for p in files if p.name.startswith("libpdfium")]
    assert pdfium, "pypdfium2's shared library is not in the bundle"
    if os.geteuid() == 0 and shutil.which("unshare"):
        assert "every Python on this machine is hidden" in smoke.stdout, smoke.stdout
    if (ROOT / "desktop" / "minutier" / "cli" / "pdf.py").exists():
        frozen = re.search(r"smoke: minutes -> .* sha256 ([0-9a-f]{64})", smoke.stdout)
        assert frozen, smoke.stdout
        # The same minutes from this checkout: the frozen app prints the same bytes.
        db, pdf = tmp_path / "dev.minutier", tmp_path / "dev.pdf"
        dev_env = clean_env(tmp_path / "dev-home")
        assert run([*minutier_cmd(), "demo", str(db)], cwd=tmp_path, env=dev_env).returncode == 0
        made = run(
            [*minutier_cmd(), "minutes", str(db), "--meeting", "CSIIA/3", "--out", str(pdf)],
            cwd=tmp_path,
            env=dev_env,
        )
        assert made.returncode == 0, made.stderr
        assert hashlib.sha256(pdf.read_bytes()).hexdigest() == frozen.group(1)
