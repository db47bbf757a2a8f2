#!/usr/bin/env bash
# The Debian/Ubuntu packages Qt needs to open a window (its xcb plugin's X11 libraries, which the
# PySide6 wheels do not carry) and to run offscreen. `make run` and .ci/system-deps use this list.
#
#   qt-runtime-libs.sh            install what is missing when it can (root, or sudo without a
#                                 password), else print the one command that does and exit 1
#   qt-runtime-libs.sh --install  install what is missing (sudo may ask for a password)
#   qt-runtime-libs.sh --list     print the packages
# Without dpkg (another distribution, macOS, Windows) there is nothing to check: exit 0.
set -euo pipefail
packages=(
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxkbcommon-x11-0
)
if [[ "${1:-}" == --list ]]; then printf '%s\n' "${packages[@]}"; exit 0; fi
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]})) || exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if [[ "${1:-}" != --install ]] && ! sudo -n true 2>/dev/null; then
    echo "Qt needs system libraries that are not installed; install them with:" >&2
    echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  SUDO="sudo"
fi
echo "installing the system libraries Qt needs: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
