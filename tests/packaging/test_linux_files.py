"""Linux desktop integration: the .desktop entry, AppStream data, file type, icons, Flatpak manifest.

The validators are the real ones (desktop-file-utils, appstream); a test whose validator is
not installed is skipped, saying which. The file type is checked the way applications see it:
Qt's QMimeDatabase over a data folder where the XML was installed and compiled.
"""

from __future__ import annotations

import configparser
import importlib.util
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import APP_ID, LINUX, PACKAGING, ROOT, run
from PySide6.QtGui import QImage

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MANIFEST = LINUX / "flatpak" / f"{APP_ID}.json"
ICONS = LINUX / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (sh packaging/dev.sh installs it)")
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates() -> None:
    result = run([tool("desktop-file-validate"), str(DESKTOP)], cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint


def test_desktop_file_opens_registers_with_the_app_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "minutier %f"  # one file per launch; single_instance joins windows
    assert entry["Icon"] == APP_ID
    assert "application/x-minutier" in entry["MimeType"].split(";")
    assert entry["Terminal"] == "false"
    # The window says which .desktop file it belongs to (window icon and grouping on Wayland).
    assert f'setDesktopFileName("{APP_ID}")' in (
        ROOT / "desktop" / "minutier" / "ui" / "launch.py"
    ).read_text(encoding="utf-8")


def test_metainfo_validates() -> None:
    result = run(
        [tool("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO)],
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_metainfo_describes_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert len(root.findall("description/p")) >= 1
    assert len(root.findall("description/ul/li")) >= 3
    shots = root.findall("screenshots/screenshot")
    assert len(shots) >= 1 and all(s.findtext("caption") for s in shots)
    assert all(s.findtext("image").startswith("https://") for s in shots)  # type: ignore[union-attr]
    assert root.findtext("provides/mediatype") == "application/x-minutier"
    from minutier import __version__

    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


def test_mime_type_is_recognised_by_name_and_is_sqlite(tmp_path: Path) -> None:
    """Installed and compiled like the system does, Qt names a *.minutier file by our type."""
    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, share / "mime" / "packages" / f"{APP_ID}.xml")
    compiled = run([tool("update-mime-database"), str(share / "mime")], cwd=tmp_path)
    assert compiled.returncode == 0, compiled.stderr
    sqlite_file = tmp_path / "register.minutier"
    sqlite3_header = b"SQLite format 3\x00" + b"\x00" * 84
    sqlite_file.write_bytes(sqlite3_header)
    (tmp_path / "register.db").write_bytes(sqlite3_header)
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for name in sys.argv[1:]:\n"
        "    t = db.mimeTypeForFile(name)\n"
        "    print(t.name(), t.inherits('application/vnd.sqlite3'), t.iconName())\n"
    )
    files = [str(sqlite_file), str(tmp_path / "register.db")]

    def ask(data_home: Path) -> list[str]:
        env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(data_home), "HOME": str(tmp_path)}
        out = run([sys.executable, "-c", probe, *files], cwd=tmp_path, env=env)
        assert out.returncode == 0, out.stderr
        return out.stdout.splitlines()

    ours, plain_db = ask(share)
    assert ours == f"application/x-minutier True {APP_ID}"
    assert plain_db.startswith("application/vnd.sqlite3 ")
    # Without our file type the same register is only an SQLite database.
    assert ask(tmp_path / "nothing")[0].startswith("application/vnd.sqlite3 ")


def test_icons_are_the_svg_rendered_at_every_size(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = ROOT / "resources" / "icons" / "minutier.svg"
    assert (ICONS / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == source.read_bytes()
    fresh = tmp_path / "hicolor"
    rendered = run(
        [sys.executable, str(PACKAGING / "render_icons.py"), "--hicolor", str(fresh)],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert rendered.returncode == 0, rendered.stderr
    for size in SIZES:
        name = Path(f"{size}x{size}") / "apps" / f"{APP_ID}.png"
        committed, new = QImage(str(ICONS / name)), QImage(str(fresh / name))
        assert (committed.width(), committed.height()) == (size, size)
        assert committed.hasAlphaChannel()
        # Out of date with the SVG: run `python packaging/render_icons.py --hicolor packaging/linux/icons/hicolor`.
        worst = largest_channel_difference(committed, new)
        assert worst <= 2, f"{name} differs from the SVG rendered now (by {worst} in a channel)"


def largest_channel_difference(a: QImage, b: QImage) -> int:
    """Largest difference of one colour channel between two same-sized images.

    Qt's anti-aliasing rounds a few edge pixels by one level differently from one machine (or
    SIMD path) to another; a stale icon differs by far more than that.
    """
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    assert a.size() == b.size()
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa != pb:
                worst = max(
                    worst, *(abs((pa >> s & 255) - (pb >> s & 255)) for s in (0, 8, 16, 24))
                )
    return worst


def test_the_icon_comparison_sees_a_changed_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    original = QImage(str(ICONS / "48x48" / "apps" / f"{APP_ID}.png"))
    changed = original.copy()
    changed.setPixel(24, 24, 0xFF00FF00 ^ original.pixel(24, 24))
    assert largest_channel_difference(original, original) == 0
    assert largest_channel_difference(original, changed) > 2


def test_install_script_puts_everything_in_place_and_removes_it(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    exe = tmp_path / "bundle" / "minutier"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    script = str(LINUX / "install.sh")
    done = run(["sh", script, "--prefix", str(prefix), "--exec", str(exe)], cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    share = prefix / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={exe} %f" in desktop.read_text(encoding="utf-8").splitlines()
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").read_bytes() == MIME.read_bytes()
    for size in SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = run(["desktop-file-validate", str(desktop)], cwd=tmp_path, env=env)
        assert check.returncode == 0, check.stdout
    if shutil.which("update-mime-database"):
        assert "*.minutier" in (share / "mime" / "globs2").read_text(encoding="utf-8")
    gone = run(["sh", script, "--prefix", str(prefix), "--uninstall"], cwd=tmp_path, env=env)
    assert gone.returncode == 0, gone.stderr
    assert not desktop.exists()
    assert not list(share.rglob(f"{APP_ID}*"))


def test_flatpak_manifest_is_complete() -> None:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    assert manifest["app-id"] == APP_ID == DESKTOP.stem
    assert manifest["command"] == "minutier"
    assert manifest["runtime"] == "org.freedesktop.Platform"
    assert {"--socket=wayland", "--socket=fallback-x11", "--share=ipc"} <= set(
        manifest["finish-args"]
    )
    deps, app = manifest["modules"]
    assert deps == "../../../build/flatpak/python3-deps.json"  # written by pip_sources.py
    commands = " ".join(app["build-commands"])
    assert "--no-index" in commands and "minutier" in commands  # offline, from the wheel
    for target in ("share/applications/", "share/metainfo/", "share/mime/packages/"):
        assert target in commands
    for source in app["sources"]:
        path = (MANIFEST.parent / source["path"]).resolve()
        if "build" not in path.relative_to(ROOT).parts:  # the wheel is a build product
            assert path.exists(), source
        if source["type"] == "file":
            assert path.name in commands


def _load_pip_sources():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "pip_sources", LINUX / "flatpak" / "pip_sources.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_flatpak_dependencies_follow_the_runtime_python(tmp_path: Path) -> None:
    """Requirements are read from the wheel with the runtime's Python (3.12) markers."""
    wheel = tmp_path / "minutier-9.9-py3-none-any.whl"
    metadata = "\n".join(
        [
            "Metadata-Version: 2.4",
            "Name: minutier",
            "Version: 9.9",
            "Requires-Dist: PySide6-Essentials<6.12,>=6.11.3; python_version < '3.12'",
            "Requires-Dist: PySide6-Essentials<7,>=6.11.3; python_version >= '3.12'",
            "Requires-Dist: platformdirs<5,>=4",
            "Requires-Dist: pytest>=8; extra == 'test'",
            "",
        ]
    )
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr("minutier-9.9.dist-info/METADATA", metadata)
    reqs = _load_pip_sources().requirements(wheel, "aarch64")
    assert reqs == ["PySide6-Essentials<7,>=6.11.3", "platformdirs<5,>=4"]


def test_shell_scripts_parse() -> None:
    for script in [*PACKAGING.glob("*.sh"), *LINUX.rglob("*.sh")]:
        result = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{script}: {result.stderr}"


def test_screenshots_named_in_the_metainfo_can_be_taken(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    taken = run([sys.executable, str(LINUX / "screenshots.py"), str(out)], cwd=tmp_path, env=env)
    assert taken.returncode == 0, taken.stderr
    root = ET.parse(METAINFO).getroot()
    for image in root.findall("screenshots/screenshot/image"):
        shot = QImage(str(out / Path(image.text or "").name))
        assert not shot.isNull(), image.text
        assert (shot.width(), shot.height()) == (int(image.get("width")), int(image.get("height")))  # type: ignore[arg-type]
