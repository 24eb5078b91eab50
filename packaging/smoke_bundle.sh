#!/bin/sh
# Smoke test of the standalone bundle built by packaging/build_bundle.sh (Linux).
#   sh packaging/smoke_bundle.sh [BUNDLE_DIR]     (default: dist/minutier)
# Runs the bundled binary headless (QT_QPA_PLATFORM=offscreen) with an empty environment, from an
# empty folder: --version, demo, meetings, minutes (when the command exists), self-test
# (translations, Hangul bold, the pypdfium2 preview drawing a page), and the window
# opened and reached through the single-instance socket. As root, where mount namespaces are
# allowed, every Python on the machine is hidden first (tmpfs and /dev/null mounted over them),
# so the run proves the bundle needs no Python. Finally checks that nothing was written beside
# the executable or in the current folder. Exit 0 when every check passed.
set -eu

if [ "${1:-}" = "--inner" ]; then
    shift
    BUNDLE=$1 WORK=$2 HIDDEN=$3
    if [ "$HIDDEN" = yes ]; then
        for d in /usr/lib/python3* /usr/local/lib/python3* /root/.pyenv /opt/python* "$VENV_DIR"; do
            [ -d "$d" ] && mount -t tmpfs none "$d"
        done
        for f in /usr/bin/python* /usr/local/bin/python* /usr/lib/*/libpython3* /usr/local/lib/libpython3*; do
            [ -f "$f" ] && mount --bind /dev/null "$f"
        done
        if /usr/bin/env python3 -c 'print(1)' >/dev/null 2>&1; then
            echo "smoke: FAILED to hide Python" >&2; exit 1
        fi
        echo "smoke: every Python on this machine is hidden for this run"
    fi
    run() {
        env -i PATH=/usr/bin:/bin HOME="$WORK/home" MINUTIER_HOME="$WORK/home" \
            QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$@"
    }
    cd "$WORK/cwd"
    exe="$BUNDLE/minutier"

    version=$(run "$exe" --version)
    echo "smoke: --version -> $version"
    case "$version" in "minutier "[0-9]*) ;; *) echo "smoke: unexpected --version output" >&2; exit 1 ;; esac

    run "$exe" demo "$WORK/out/x.minutier"
    run "$exe" meetings "$WORK/out/x.minutier" > "$WORK/out/meetings.txt"
    grep -q "CSIIA" "$WORK/out/meetings.txt" || { echo "smoke: meetings does not list CSIIA/3" >&2; exit 1; }
    echo "smoke: demo + meetings -> $(grep -c . "$WORK/out/meetings.txt") line(s), CSIIA/3 listed"

    if run "$exe" minutes --help >/dev/null 2>&1; then
        run "$exe" minutes "$WORK/out/x.minutier" --meeting CSIIA/3 --out "$WORK/out/x.pdf"
        head -c 5 "$WORK/out/x.pdf" | grep -q "%PDF-" || { echo "smoke: minutes wrote no PDF" >&2; exit 1; }
        echo "smoke: minutes -> $(wc -c < "$WORK/out/x.pdf") bytes of PDF, sha256 $(sha256sum "$WORK/out/x.pdf" | cut -c1-64)"
        if command -v pdffonts >/dev/null; then
            pdffonts "$WORK/out/x.pdf" > "$WORK/out/fonts.txt"
            if ! grep -q "NanumGothic .* yes yes" "$WORK/out/fonts.txt" || grep -q " no  " "$WORK/out/fonts.txt"; then
                cat "$WORK/out/fonts.txt" >&2; echo "smoke: the shipped fonts are not all embedded" >&2; exit 1
            fi
            echo "smoke: fonts embedded: $(awk 'NR>2 {print $1}' "$WORK/out/fonts.txt" | tr '\n' ' ')"
        fi
        MINUTES=yes
    else
        echo "smoke: SKIPPED minutes (this build has no 'minutes' command yet)"
        MINUTES=no
    fi
    echo "$MINUTES" > "$WORK/minutes-ran"

    # What the build may have left out without a word: translations, the Hangul font's bold
    # face, pypdfium2's library (the in-app preview draws a page of the demo's minutes).
    if run "$exe" self-test --help >/dev/null 2>&1; then
        if ! run "$exe" self-test > "$WORK/out/self-test.txt" 2>&1; then
            cat "$WORK/out/self-test.txt" >&2; echo "smoke: self-test failed" >&2; exit 1
        fi
        grep "^self-test:" "$WORK/out/self-test.txt" | sed 's/^/smoke: /'
    else
        echo "smoke: SKIPPED self-test (this build has no 'self-test' command yet)"
    fi

    # The window: a first process opens the demo and waits; a second one asked to open the same
    # file hands over to it through the single-instance socket and exits 0.
    run env MINUTIER_REPORT_ACTIVATION=quit "$exe" "$WORK/out/x.minutier" > "$WORK/out/first.txt" 2>&1 &
    first=$!
    tries=0
    until grep -q "^listening" "$WORK/out/first.txt" 2>/dev/null; do
        tries=$((tries + 1))
        if [ $tries -gt 600 ] || ! kill -0 $first 2>/dev/null; then
            cat "$WORK/out/first.txt" >&2; echo "smoke: the window did not start" >&2; exit 1
        fi
        sleep 0.1
    done
    run "$exe" "$WORK/out/x.minutier"
    wait $first
    grep -q "^activated" "$WORK/out/first.txt" || { cat "$WORK/out/first.txt" >&2; echo "smoke: no activation" >&2; exit 1; }
    echo "smoke: window opened offscreen; a second launch on the same file brought it forward"
    exit 0
fi

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUNDLE=$(cd "${1:-dist/minutier}" && pwd)
[ -x "$BUNDLE/minutier" ] || { echo "smoke: no bundle at $BUNDLE (run packaging/build_bundle.sh)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/cwd" "$WORK/home" "$WORK/out"
(cd "$BUNDLE" && find . | sort) > "$WORK/before.txt"

export VENV_DIR="$ROOT/.venv"
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null && unshare --mount true 2>/dev/null; then
    unshare --mount sh "$ROOT/packaging/smoke_bundle.sh" --inner "$BUNDLE" "$WORK" yes
else
    echo "smoke: cannot hide Python here (needs root and mount namespaces); running with an empty environment"
    sh "$ROOT/packaging/smoke_bundle.sh" --inner "$BUNDLE" "$WORK" no
fi

(cd "$BUNDLE" && find . | sort) > "$WORK/after.txt"
if ! cmp -s "$WORK/before.txt" "$WORK/after.txt"; then
    diff "$WORK/before.txt" "$WORK/after.txt" >&2 || true
    echo "smoke: files were written inside the bundle" >&2; exit 1
fi
if [ -n "$(ls -A "$WORK/cwd")" ]; then
    ls -A "$WORK/cwd" >&2; echo "smoke: files were written in the current folder" >&2; exit 1
fi
echo "smoke: nothing written beside the executable or in the current folder"
echo "smoke: bundle size $(du -sh "$BUNDLE" | cut -f1)"
echo "smoke: OK"
