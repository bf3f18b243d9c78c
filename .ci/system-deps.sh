#!/usr/bin/env bash
# Installs the system packages the kiosk and its tests need (PostgreSQL, Qt runtime, audio, Xvfb,
# and for the real-display tests xdotool, ImageMagick, xwininfo, Tesseract OCR, cage, Xwayland and grim;
# for the installation tests systemd-analyze and shellcheck; pgbouncer for the chain benchmark).
set -euo pipefail

PACKAGES=(postgresql libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
    libpulse0 xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-shape0 libxcb-cursor0
    xdotool imagemagick x11-utils tesseract-ocr tesseract-ocr-eng cage xwayland grim
    libwayland-cursor0 systemd shellcheck pgbouncer)
missing=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
    echo "Please install: ${missing[*]} (PostgreSQL server and Qt runtime libraries)" >&2
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then SUDO=sudo; else
        echo "Missing system packages: ${missing[*]}; install them as root." >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
${SUDO:-} apt-get update -qq
${SUDO:-} apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed: ${missing[*]}"
