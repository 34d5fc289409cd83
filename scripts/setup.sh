# Sourced by scripts/run and scripts/test: makes a fresh Debian machine ready.
# Installs the Debian packages Qt needs (only when root with apt-get, as in CI),
# then a virtual environment in .venv with jobdesk and its test tools.
set -euo pipefail

JOBDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${JOBDESK_VENV:-$JOBDESK_ROOT/.venv}"

# Qt offscreen (tests) and on X (the app, and screenshots under xvfb-run).
QT_PACKAGES="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
 libxkbcommon0 fonts-dejavu-core"
X_PACKAGES="xvfb xauth libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1
 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0"

# Used by the test suite: validators for the desktop entry and the AppStream metainfo.
TEST_PACKAGES="desktop-file-utils appstream"
# The mail tests run a real secret service (gnome-keyring on a private D-Bus) and a real
# IMAP server (Dovecot, their own instance on loopback; the system service is not used).
TEST_PACKAGES="$TEST_PACKAGES gnome-keyring dbus-daemon dovecot-imapd openssl"

missing_debian_packages() {
    local pkg missing=""
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $pkg"
        fi
    done
    echo "$missing"
}

ensure_debian_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian: the user installs Qt's libraries
    # shellcheck disable=SC2086
    local missing
    missing="$(missing_debian_packages $QT_PACKAGES $X_PACKAGES $TEST_PACKAGES)"
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "jobdesk setup: installing Debian packages:$missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        echo "jobdesk setup: these Debian packages are missing:$missing" >&2
        echo "  install them with: sudo apt-get install$missing" >&2
        echo "  (continuing; Qt may fail to start without them)" >&2
    fi
}

ensure_venv() {
    local python="${PYTHON:-python3}"
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "jobdesk setup: Python 3.11 or newer is needed ($python is older or missing)." >&2
        exit 1
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        echo "jobdesk setup: creating $VENV"
        "$python" -m venv "$VENV"
    fi
    local stamp="$VENV/.jobdesk-installed" 
    # Reinstall only when the packaging files changed since the last install.
    if [ ! -f "$stamp" ] || [ "$JOBDESK_ROOT/pyproject.toml" -nt "$stamp" ] \
        || [ "$JOBDESK_ROOT/setup.py" -nt "$stamp" ] \
        || [ "$JOBDESK_ROOT/constraints.txt" -nt "$stamp" ]; then
        echo "jobdesk setup: installing jobdesk and its dependencies into $VENV"
        "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
        # constraints.txt holds the versions CI runs, so a new release cannot break it unseen.
        "$VENV/bin/python" -m pip install -q -c "$JOBDESK_ROOT/constraints.txt" \
            -e "$JOBDESK_ROOT[test]"
        touch "$stamp"
    fi
}

ensure_debian_packages
ensure_venv
