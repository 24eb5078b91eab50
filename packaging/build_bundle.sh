#!/bin/sh
# Build the standalone one-folder bundle with PyInstaller: dist/minutier/ (Linux, Windows) or
# dist/Minutier.app (macOS), from packaging/pyinstaller/minutier.spec.
#   sh packaging/build_bundle.sh            # uses .venv (created by packaging/dev.sh)
#   PYTHON=/path/to/python DIST_DIR=/tmp/dist BUILD_DIR=/tmp/build sh packaging/build_bundle.sh
# Installs PyInstaller into that environment when it is missing, compiles the translations and
# renders the icon first. Then run packaging/smoke_bundle.sh to check the result.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
DIST_DIR=${DIST_DIR:-$ROOT/dist}
export BUILD_DIR=${BUILD_DIR:-$ROOT/build}
# PyInstaller's binary cache (stripped libraries) is per build folder: --clean empties it, which
# must not pull it from under another build running at the same time.
export PYINSTALLER_CONFIG_DIR="$BUILD_DIR/pyinstaller-cache"
[ -x "$PY" ] || { echo "build_bundle.sh: no Python at $PY (run 'sh packaging/dev.sh test' first, or set PYTHON)" >&2; exit 1; }

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "build_bundle.sh: installing PyInstaller"
    "$PY" -m pip install -q "pyinstaller>=6.10,<7"
fi
"$PY" -c "import minutier" 2>/dev/null || "$PY" -m pip install -q .

if [ -f packaging/build_translations.py ]; then
    "$PY" packaging/build_translations.py --compile --quiet
fi
"$PY" packaging/render_icons.py "$BUILD_DIR/icons"

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST_DIR" --workpath "$BUILD_DIR/pyinstaller" \
    packaging/pyinstaller/minutier.spec
end=$(date +%s)

if [ -d "$DIST_DIR/Minutier.app" ]; then out="$DIST_DIR/Minutier.app"; else out="$DIST_DIR/minutier"; fi
echo "build_bundle.sh: built $out in $((end - start)) s; size $(du -sh "$out" | cut -f1)"
