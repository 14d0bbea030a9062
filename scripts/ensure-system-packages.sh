#!/usr/bin/env bash
# Installs the Debian packages Briefing Desk and its tests need, where missing.
# As root it runs apt-get; otherwise it prints the exact command and stops.
set -euo pipefail

packages=(
  # Python's own venv support (Debian splits it out of python3)
  python3-venv python3-pip
  # Qt's xcb platform plugin and what it loads
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxkbcommon0 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
  # Hangul in the window and in the packets
  fonts-noto-cjk
  # Carlito: metric-compatible with Calibri, so LibreOffice breaks pages where Word does
  fonts-crosextra-carlito
  # a virtual screen for GUI tests and screenshots
  xvfb xauth x11-apps imagemagick
  # opening generated packets with a real client
  libreoffice-writer-nogui poppler-utils
  # the suite run again with the system clock moved ahead (make dates)
  faketime
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "note: not a Debian system; install the equivalents of: ${packages[*]}" >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
# python3-venv/pip are only needed when the interpreter cannot make a venv by itself
if python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
  filtered=()
  for package in "${missing[@]}"; do
    [[ "$package" == python3-venv || "$package" == python3-pip ]] || filtered+=("$package")
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

command="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "Briefing Desk needs these system packages. Run as root:" >&2
  echo "  apt-get update && $command" >&2
  exit 1
fi
echo "installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
$command
