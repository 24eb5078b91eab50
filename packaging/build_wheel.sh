#!/bin/sh
# Build the wheel and the sdist (python -m build) with the compiled translations inside.
#   sh packaging/build_wheel.sh                  # into dist/
#   OUTDIR=/tmp/out PYTHON=/path/python sh packaging/build_wheel.sh
# The .qm files are build products (never committed): they are compiled from the committed .ts
# first, and the build stops if one is missing, so no wheel ships an English-only interface.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
OUTDIR=${OUTDIR:-$ROOT/dist}
[ -x "$PY" ] || { echo "build_wheel.sh: no Python at $PY (run 'sh packaging/dev.sh test' first, or set PYTHON)" >&2; exit 1; }
"$PY" -c "import build" 2>/dev/null || "$PY" -m pip install -q "build>=1.2"

"$PY" packaging/build_translations.py --compile --quiet
for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$qm" -ot "$ts" ]; then
        echo "build_wheel.sh: $qm was not compiled (is pyside6-lrelease installed?)" >&2
        exit 1
    fi
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$PY" -m build --outdir "$OUTDIR" . > "$log" 2>&1 || {
    tail -40 "$log" >&2; echo "build_wheel.sh: python -m build failed" >&2; exit 1; }
ls -1 "$OUTDIR"/minutier-*
