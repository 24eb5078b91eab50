#!/bin/sh
# Developer bootstrap behind the README's two commands: installs what is missing, then
#   sh packaging/dev.sh app [ARGS]   starts Minutier on the demo database (Xvfb if there is no display)
#   sh packaging/dev.sh test [ARGS]  runs the whole test suite headless
# Safe to run again: packages already present are skipped, the venv is reused.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
PY=${PYTHON:-python3}

# System packages: PDF tools used by the tests, Xvfb and the libraries Qt's xcb plugin links,
# desktop-file and AppStream validators for the packaging tests, PostgreSQL for the hub tests
# (they start their own server on a loopback port; the package's default cluster is not used).
SYSTEM_PACKAGES="postgresql poppler-utils xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
 libxcb-render-util0 libxcb-xkb1 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxkbcommon-x11-0
 libegl1 libgl1 libfontconfig1 libdbus-1-3 desktop-file-utils appstream openssl"

install_system() {
    missing=""
    for p in $SYSTEM_PACKAGES; do
        dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "dev.sh: not a Debian system; install these yourself:$missing" >&2
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=""; fi
    echo "dev.sh: installing system packages:$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

install_python() {
    [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
    stamp="$VENV/.minutier-installed"
    want=$(cat pyproject.toml | cksum)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e ".[test,dev]"
        echo "$want" > "$stamp"
    fi
    # Compiled translations are build products (never committed): compile them from the committed
    # .ts only (--compile: no source scan, which would rewrite the .ts and dirty the tree).
    if [ -f packaging/build_translations.py ]; then
        "$VENV/bin/python" packaging/build_translations.py --compile --quiet
    fi
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    app)
        install_system
        install_python
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            echo "dev.sh: no display found; starting Minutier on a virtual screen (xvfb-run)."
            exec xvfb-run -a "$VENV/bin/minutier" --demo "$@"
        fi
        exec "$VENV/bin/minutier" --demo "$@"
        ;;
    test)
        install_system
        install_python
        export QT_QPA_PLATFORM=offscreen
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    *)
        echo "usage: sh packaging/dev.sh app|test [ARGS...]" >&2
        exit 2
        ;;
esac
