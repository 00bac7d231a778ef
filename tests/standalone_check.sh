#!/usr/bin/env bash
# The Linux standalone build, checked as a leader's machine meets it (outside the default test
# run: it takes about two minutes):
#   1. python tools/build.py makes the app and its Debian package,
#   2. apt-get installs the package (as root; the test machine stands in for a clean system),
#   3. from another folder, with no virtual environment and a bare environment (env -i), the
#      installed command runs --version (with the build date), framework --json, add and search,
#      finds its translations and icons, writes its journal in the user's data folder, and opens
#      its window (offscreen) without an error.
#
#   bash tests/standalone_check.sh [PYTHON]     # PYTHON: the one that runs tools/build.py
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-python3}
package=$("$python" tools/build.py | tail -n 1)
echo "== built $package ($(du -h "$package" | cut -f1); the folder $(du -sh build/standalone/dist/ledelsesjournal | cut -f1))"
case "$package" in *.deb) ;; *) echo "no Debian package was made"; exit 1 ;; esac

if [ "$(id -u)" != 0 ]; then echo "installing the package needs root (apt-get)"; exit 1; fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./${package#"$PWD/"}" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq ledelsesjournal >/dev/null || true; rm -rf "$home"' EXIT

home=$(mktemp -d)
cd "$home"
bare() { env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }

version=$(bare ledelsesjournal --version)
echo "$version" | grep -Eq "^ledelsesjournal [0-9.]+ \(built [0-9]{4}-[0-9]{2}-[0-9]{2}\)$" || { echo "version: $version"; exit 1; }
bare ledelsesjournal framework --json | grep -q '"id": "naestved-2019"'
bare ledelsesjournal add --title "Fra pakken" --body "Æ, ø og å virker." --theme borgere </dev/null >/dev/null
bare ledelsesjournal search "virker" | grep -q "Fra pakken"
test -s "$home/.local/share/ledelsesjournal/journal.sqlite3"
test -f /opt/ledelsesjournal/_internal/journal/resources/translations/ledelsesjournal_da.qm
test -f /opt/ledelsesjournal/_internal/journal/resources/icons/ledelsesjournal.svg
test -f /usr/share/applications/ledelsesjournal.desktop
test -f /usr/share/icons/hicolor/scalable/apps/ledelsesjournal.svg
for module in QtQml QtQuick QtWebEngineCore Qt3DCore; do
    if ls /opt/ledelsesjournal/_internal/PySide6/ | grep -q "^$module"; then echo "$module is in the build"; exit 1; fi
done

# The window: opened offscreen in Danish, left running for five seconds, then stopped. Running
# until stopped (exit status 124 from timeout) with no traceback is a window that opened.
set +e
bare QT_QPA_PLATFORM=offscreen timeout 5 ledelsesjournal --lang da >"$home/window.log" 2>&1
status=$?
set -e
if [ "$status" != 124 ] || grep -q "Traceback" "$home/window.log"; then
    echo "the window did not stay open (exit $status):"; cat "$home/window.log"; exit 1
fi
echo "== the installed standalone app works: $version"
