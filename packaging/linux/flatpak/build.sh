#!/bin/sh
# Build (and install for the current user) the Flatpak from a freshly built wheel.
#   sh packaging/linux/flatpak/build.sh            # needs flatpak and flatpak-builder
# The manifest installs the wheel placed in build/flatpak/wheel/ by this script, and the
# dependency wheels listed by URL and checksum in build/flatpak/python3-deps.json, which
# pip_sources.py writes here from the wheel's requirements (flatpak-builder then downloads
# them; the build itself runs offline). The runtime and SDK come from the "flathub" remote,
# which must be configured (flatpak remote-add --user flathub ...).
set -eu
cd "$(dirname "$0")/../../.."
ROOT=$(pwd)
command -v flatpak-builder >/dev/null || { echo "build.sh: flatpak-builder is not installed" >&2; exit 1; }
rm -rf build/flatpak/wheel
OUTDIR="$ROOT/build/flatpak/wheel" sh packaging/build_wheel.sh
PY=${PYTHON:-$ROOT/.venv/bin/python}
"$PY" packaging/linux/flatpak/pip_sources.py build/flatpak/wheel/minutier-*.whl \
    --out build/flatpak/python3-deps.json
flatpak-builder --user --install-deps-from=flathub --install --force-clean \
    --state-dir=build/flatpak/state build/flatpak/app \
    packaging/linux/flatpak/org.minutier.Minutier.json
echo "build.sh: installed; run with: flatpak run org.minutier.Minutier"
