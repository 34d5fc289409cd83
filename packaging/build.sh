#!/usr/bin/env bash
# Builds the one-folder jobdesk bundle in dist/jobdesk with PyInstaller, then checks it starts.
# Linux here; on Windows and macOS the same spec is used (see packaging/README.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
cd "$JOBDESK_ROOT"

# PyInstaller reads shared libraries with objdump.
if ! command -v objdump >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "jobdesk build: installing binutils"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils >/dev/null
    else
        echo "jobdesk build: PyInstaller needs objdump: sudo apt-get install binutils" >&2
        exit 1
    fi
fi
"$VENV/bin/python" -m pip install -q -c "$JOBDESK_ROOT/constraints.txt" "pyinstaller>=6.10"

mkdir -p build/icons
"$VENV/bin/python" packaging/make_icons.py --no-png \
    --ico build/icons/jobdesk.ico --icns build/icons/jobdesk.icns
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/jobdesk.spec

echo "jobdesk build: dist/jobdesk is $(du -sh dist/jobdesk | cut -f1)"
# The bundle must start without this project's Python: a throw-away home, offscreen.
check_home="$(mktemp -d)"
QT_QPA_PLATFORM=offscreen env -u PYTHONPATH JOBDESK_HOME="$check_home" \
    dist/jobdesk/jobdesk --check-start
rm -rf "$check_home"
