#!/usr/bin/env bash
# Installs (or upgrades in place) the loyalty kiosk on a Debian 12 / Ubuntu 24.04 shop PC, as root:
# system packages, a virtual environment in /opt/loyalty-kiosk, the `kiosk` user, its data and
# configuration folders, the `loyalty-kiosk` command, udev rules for scanners and receipt printers,
# and the systemd service that shows the kiosk on the screen at boot.
#
# Usage: sudo deploy/install.sh [--source DIR] [--no-apt] [--x11]
#   --source DIR  the project to install (default: the checkout this script is in)
#   --no-apt      do not install system packages (offline machines, tests)
#   --x11         show the kiosk on a bare X server (xinit) instead of the cage compositor
# Running it again upgrades in place: new code, schema migrated, data and configuration kept.
set -euo pipefail

PREFIX=/opt/loyalty-kiosk
VENV=$PREFIX/venv
APP=$PREFIX/app
DATA=/var/lib/loyalty-kiosk
CONFIG_DIR=/etc/loyalty-kiosk
CONFIG=$CONFIG_DIR/kiosk.toml
WRAPPER=/usr/local/bin/loyalty-kiosk
UNIT_DIR=/etc/systemd/system
RULES=/etc/udev/rules.d/60-loyalty-kiosk.rules
USER_NAME=kiosk
EXTRA_GROUPS=(dialout lp video input render)
SERVICE=loyalty-kiosk.service
X11_SERVICE=loyalty-kiosk-x.service

# The Qt runtime PySide6 needs (as in .ci/system-deps.sh), the compositor and fonts.
APT_PACKAGES=(python3 python3-venv ca-certificates libegl1 libgl1 libxkbcommon0 libfontconfig1
    libdbus-1-3 libglib2.0-0 libpulse0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0
    libxcb-shape0 libxcb-cursor0 libwayland-client0 libwayland-cursor0 libwayland-egl1
    fonts-dejavu-core udev)
CAGE_PACKAGES=(cage xwayland)
X11_PACKAGES=(xinit xserver-xorg xserver-xorg-input-libinput x11-xserver-utils)

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
use_apt=1
x11=0
while [ $# -gt 0 ]; do
    case $1 in
        --source) [ $# -ge 2 ] || die "--source needs a folder"; source_dir=$2; shift 2 ;;
        --source=*) source_dir=${1#--source=}; shift ;;
        --no-apt) use_apt=0; shift ;;
        --x11) x11=1; shift ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option: $1 (use --source DIR, --no-apt, --x11)" ;;
    esac
done

[ "$(id -u)" -eq 0 ] || die "run me as root, for example: sudo $0"
# shellcheck disable=SC1091  # the machine's own file
. /etc/os-release 2>/dev/null || die "this is not Debian or Ubuntu (no /etc/os-release)"
case " ${ID:-} ${ID_LIKE:-} " in
    *" debian "*|*" ubuntu "*) ;;
    *) die "this is ${PRETTY_NAME:-an unknown system}; the script supports Debian 12 and Ubuntu 24.04" ;;
esac
source_dir=$(cd "$source_dir" 2>/dev/null && pwd) || die "no such source folder: $source_dir"
if [ ! -f "$source_dir/main.py" ] || [ ! -f "$source_dir/pyproject.toml" ]; then
    die "$source_dir is not the loyalty kiosk (no main.py and pyproject.toml)"
fi

systemd_running=0
[ -d /run/systemd/system ] && systemd_running=1
was_running=0
if [ $systemd_running -eq 1 ]; then
    for unit in $SERVICE $X11_SERVICE; do
        systemctl is-active --quiet "$unit" 2>/dev/null && was_running=1
    done
fi

# 1. System packages
if [ $use_apt -eq 1 ]; then
    packages=("${APT_PACKAGES[@]}")
    if [ $x11 -eq 1 ]; then packages+=("${X11_PACKAGES[@]}"); else packages+=("${CAGE_PACKAGES[@]}"); fi
    say "Installing system packages: ${packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
else
    say "Skipping system packages (--no-apt)"
fi
# the system's Python, which every user can run (not one under a person's home, as pyenv's)
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || die "$PYTHON is missing (install python3 and python3-venv)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || die "$PYTHON is $("$PYTHON" -V 2>&1 | cut -d' ' -f2); the kiosk needs 3.11 or newer"
"$PYTHON" -c 'import ensurepip, venv' 2>/dev/null \
    || die "$PYTHON cannot make virtual environments (install python3-venv)"

# 2. The kiosk user and its groups
if id "$USER_NAME" >/dev/null 2>&1; then
    say "User $USER_NAME exists"
else
    say "Creating the system user $USER_NAME (home $DATA)"
    useradd --system --user-group --home-dir "$DATA" --no-create-home \
        --shell /usr/sbin/nologin --comment "Loyalty kiosk" "$USER_NAME"
fi
groups=()
for group in "${EXTRA_GROUPS[@]}"; do
    getent group "$group" >/dev/null && groups+=("$group")
done
if [ ${#groups[@]} -gt 0 ]; then
    say "Adding $USER_NAME to the groups: ${groups[*]}"
    usermod -a -G "$(IFS=,; echo "${groups[*]}")" "$USER_NAME"
fi

# 3. Folders: data (private to the kiosk), configuration (the set-up screen writes kiosk.toml)
say "Data folder $DATA (0700, $USER_NAME)"
install -d -m 0700 -o "$USER_NAME" -g "$USER_NAME" "$DATA"
chown "$USER_NAME:$USER_NAME" "$DATA"
chmod 0700 "$DATA"
say "Configuration folder $CONFIG_DIR (2770, root:$USER_NAME)"
install -d -m 2770 -o root -g "$USER_NAME" "$CONFIG_DIR"
chown "root:$USER_NAME" "$CONFIG_DIR"
chmod 2770 "$CONFIG_DIR"
if [ -e "$CONFIG" ]; then
    say "Keeping the configuration $CONFIG"
else
    say "No $CONFIG yet: the set-up screen (or \`loyalty-kiosk setup\`) writes it"
fi

# 4. The application: a copy of the source and a virtual environment
say "Copying $source_dir to $APP"
install -d -m 0755 "$PREFIX"
staging=$(mktemp -d "$PREFIX/app.new.XXXXXX")
tar -C "$source_dir" --exclude=./.git --exclude=./.venv --exclude=./venv \
    --exclude=./test-results --exclude='__pycache__' --exclude=./.pytest_cache \
    --exclude=./.ruff_cache --exclude=./.mypy_cache --exclude=./.hypothesis \
    --exclude='*.egg-info' --exclude=./build --exclude=./dist -cf - . | tar -C "$staging" -xf -
chmod 0755 "$staging"
rm -rf "$APP.old"
[ -d "$APP" ] && mv "$APP" "$APP.old"
mv "$staging" "$APP"
rm -rf "$APP.old"
chown -R root:root "$APP"
if [ -x "$VENV/bin/python" ] && ! runuser -u "$USER_NAME" -- "$VENV/bin/python" -c '' 2>/dev/null; then
    say "The virtual environment $VENV cannot be run by $USER_NAME: making it again"
    rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
    say "Creating the virtual environment $VENV"
    "$PYTHON" -m venv "$VENV"
fi
say "Installing the kiosk and its Python packages into $VENV (pip)"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade "$APP"

# 5. The loyalty-kiosk command
say "Writing $WRAPPER"
cat >"$WRAPPER.new" <<EOF
#!/bin/sh
# loyalty-kiosk: the kiosk program with the installed configuration and data, as the $USER_NAME user.
export KIOSK_CONFIG=$CONFIG
export KIOSK_DATA_DIR=$DATA
if [ "\$(id -u)" -eq 0 ]; then
    exec runuser -u $USER_NAME -- $VENV/bin/python $APP/main.py "\$@"
fi
if [ "\$(id -un)" != $USER_NAME ]; then
    echo "loyalty-kiosk: run it as root (sudo loyalty-kiosk ...) or as the $USER_NAME user" >&2
    exit 1
fi
exec $VENV/bin/python $APP/main.py "\$@"
EOF
chmod 0755 "$WRAPPER.new"
mv "$WRAPPER.new" "$WRAPPER"

# 6. udev rules: serial scanners (dialout) and USB receipt printers (lp)
say "Installing the udev rules $RULES"
install -D -m 0644 "$APP/deploy/udev/60-loyalty-kiosk.rules" "$RULES"
if [ -d /run/udev ] && command -v udevadm >/dev/null && udevadm control --reload 2>/dev/null; then
    udevadm trigger --subsystem-match=tty --subsystem-match=usb --subsystem-match=usbmisc || true
    say "udev reloaded: plugged-in scanners and printers have their new groups"
else
    say "udev is not running here: the rules apply from the next boot"
fi

# 7. The systemd service
if [ $x11 -eq 1 ]; then chosen=$X11_SERVICE; other=$SERVICE; else chosen=$SERVICE; other=$X11_SERVICE; fi
say "Installing the systemd units $SERVICE and $X11_SERVICE; enabling $chosen"
install -D -m 0644 "$APP/deploy/systemd/$SERVICE" "$UNIT_DIR/$SERVICE"
install -D -m 0644 "$APP/deploy/systemd/$X11_SERVICE" "$UNIT_DIR/$X11_SERVICE"
if [ $systemd_running -eq 1 ]; then
    systemctl daemon-reload
    systemctl disable --quiet "$other" 2>/dev/null || true
    systemctl stop "$other" 2>/dev/null || true
    systemctl enable --quiet "$chosen"
else
    systemctl --root=/ disable --quiet "$other" 2>/dev/null || true
    if systemctl --root=/ enable --quiet "$chosen" 2>/dev/null; then
        say "systemd is not running here (a container?): $chosen is enabled for the next boot, not started"
    else
        say "systemd is not running here and $chosen could not be enabled: enable it after booting"
    fi
fi

# 8. The database schema, when there is one to upgrade
sqlite_db=$DATA/kiosk.db
if [ -e "$CONFIG" ] && { [ -e "$sqlite_db" ] || grep -Eq '^[[:space:]]*url[[:space:]]*=[[:space:]]*"[^"]+' "$CONFIG"; }; then
    say "Upgrading the database schema (loyalty-kiosk db migrate)"
    "$WRAPPER" db migrate || die "the schema upgrade failed (see above); the service was not restarted"
else
    say "No database yet: the kiosk creates it at its first start"
fi

if [ $was_running -eq 1 ]; then
    say "Restarting $chosen (it was running)"
    systemctl restart "$chosen" || say "The restart failed: see journalctl -u $chosen"
fi

# 9. A check of the whole installation, and what to do next
say "Checking the installation (loyalty-kiosk doctor):"
"$WRAPPER" doctor || say "(doctor reported problems; they are listed above)"
say ""
say "Installed. Next steps:"
say "  1. Configure the shop: sudo loyalty-kiosk setup (or use the set-up screen at the first boot)"
say "  2. Start the kiosk: sudo systemctl start ${chosen%.service} (it also starts at every boot)"
say "  3. Logs: journalctl -u ${chosen%.service} and $DATA/logs/kiosk.log"
