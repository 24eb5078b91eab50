#!/bin/sh
# Desktop integration on Linux: menu entry, icon, AppStream data and the .minutier file type,
# so Minutier appears in the applications menu and a double-click on a register opens it.
#   sh packaging/linux/install.sh                       # for you: ~/.local/share
#   sh packaging/linux/install.sh --prefix /usr/local   # for everyone (as root)
#   sh packaging/linux/install.sh --exec /opt/minutier/minutier   # a bundle not on PATH
#   sh packaging/linux/install.sh --uninstall [--prefix DIR]
# Needs no Python: the PNG icons are committed (rendered from the SVG by packaging/render_icons.py).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=org.minutier.Minutier
SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
EXEC=""
UNINSTALL=no
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) SHARE="$2/share"; shift 2 ;;
        --exec) EXEC=$2; shift 2 ;;
        --uninstall) UNINSTALL=yes; shift ;;
        *) echo "usage: install.sh [--prefix DIR] [--exec PATH] [--uninstall]" >&2; exit 2 ;;
    esac
done

files() {
    echo "applications/$APP_ID.desktop"
    echo "metainfo/$APP_ID.metainfo.xml"
    echo "mime/packages/$APP_ID.xml"
    (cd "$HERE/icons" && find hicolor -type f | sort | sed 's|^|icons/|')
}

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" || true
    fi
}

if [ "$UNINSTALL" = yes ]; then
    files | while read -r f; do rm -f "$SHARE/$f"; done
    refresh
    echo "Minutier's desktop integration removed from $SHARE"
    exit 0
fi

mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
if [ -n "$EXEC" ]; then
    case "$EXEC" in /*) ;; *) EXEC="$(pwd)/$EXEC" ;; esac
    [ -x "$EXEC" ] || { echo "install.sh: $EXEC is not an executable" >&2; exit 1; }
    sed -e "s|^Exec=minutier |Exec=$EXEC |" -e "s|^TryExec=minutier\$|TryExec=$EXEC|" \
        "$HERE/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
else
    cp "$HERE/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
fi
cp "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
cp "$HERE/$APP_ID.mime.xml" "$SHARE/mime/packages/$APP_ID.xml"
(cd "$HERE/icons" && find hicolor -type f) | while read -r f; do
    mkdir -p "$(dirname "$SHARE/icons/$f")"
    cp "$HERE/icons/$f" "$SHARE/icons/$f"
done
refresh
echo "Minutier's desktop integration installed in $SHARE"
if [ -z "$EXEC" ] && ! command -v minutier >/dev/null; then
    echo "note: 'minutier' is not on PATH; the menu entry needs it (or use --exec PATH)" >&2
fi
