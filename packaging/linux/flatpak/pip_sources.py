"""Write python3-deps.json: the Flatpak module that installs Minutier's Python dependencies offline.

flatpak-builder downloads nothing at build time except the sources a manifest lists with their
checksums. This script asks pip which wheels the dependencies of a Minutier wheel resolve to
for the Flatpak runtime's Python (3.12, x86_64 and aarch64), and lists each wheel by URL and
SHA-256 (what flatpak-pip-generator does, without installing it):

    python packaging/linux/flatpak/pip_sources.py dist/minutier-*.whl --out build/flatpak/python3-deps.json

``build.sh`` runs it before every Flatpak build, so the list follows pyproject.toml.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from email.parser import Parser
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[2] / "build" / "flatpak" / "python3-deps.json"
PYTHON = "3.12"  # org.freedesktop.Platform 24.08
ARCHES = {
    "x86_64": ["manylinux_2_39_x86_64", "manylinux_2_34_x86_64", "manylinux_2_28_x86_64",
               "manylinux_2_17_x86_64", "manylinux2014_x86_64"],
    "aarch64": ["manylinux_2_39_aarch64", "manylinux_2_34_aarch64", "manylinux_2_28_aarch64",
                "manylinux_2_17_aarch64", "manylinux2014_aarch64"],
}  # fmt: skip


def requirements(wheel: Path, arch: str) -> list[str]:
    """The wheel's runtime requirements that apply on the runtime's Python and ``arch``."""
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(zf.read(name).decode("utf-8"))
    env = default_environment()
    env.update(
        python_version=PYTHON,
        python_full_version=f"{PYTHON}.0",
        sys_platform="linux",
        platform_system="Linux",
        platform_machine=arch,
        implementation_name="cpython",
        platform_python_implementation="CPython",
    )
    out = []
    for line in metadata.get_all("Requires-Dist") or []:
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate({**env, "extra": ""}):
            req.marker = None
            out.append(str(req))
    return out


def resolve(reqs: list[str], arch: str) -> list[dict]:
    """Ask pip (against the package index only) which wheels ``reqs`` resolve to."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        cmd = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed",
               "--quiet", "--only-binary=:all:", "--python-version", PYTHON,
               "--implementation", "cp", "--target", str(Path(tmp) / "t"),
               "--report", str(report)]  # fmt: skip
        for platform in ARCHES[arch]:
            cmd += ["--platform", platform]
        env = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_FIND_LINKS": ""}
        subprocess.run([*cmd, *reqs], check=True, env=env)
        return json.loads(report.read_text())["install"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="a Minutier wheel (its dependencies are read)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    sources: dict[str, dict] = {}
    names: set[str] = set()
    for arch in ARCHES:
        for item in resolve(requirements(args.wheel, arch), arch):
            info = item["download_info"]
            url = info["url"]
            names.add(item["metadata"]["name"])
            entry = sources.setdefault(
                url,
                {"type": "file", "url": url, "sha256": info["archive_info"]["hashes"]["sha256"]},
            )
            entry.setdefault("only-arches", []).append(arch)
    for entry in sources.values():
        if len(entry["only-arches"]) == len(ARCHES):
            del entry["only-arches"]  # the same wheel everywhere
    module = {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [
            'pip3 install --no-index --no-deps --find-links="file://${PWD}" '
            "--prefix=${FLATPAK_DEST} " + " ".join(sorted(names))
        ],
        "sources": sorted(sources.values(), key=lambda s: s["url"]),
    }
    args.out.write_text(json.dumps(module, indent=2) + "\n", encoding="utf-8")
    print(f"pip_sources: {len(sources)} wheels for {len(names)} packages -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
