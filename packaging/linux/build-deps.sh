#!/usr/bin/env bash
# Debian/Ubuntu packages `make dist`, packaging/smoke-test.sh and check-nsis.sh need (the pip
# side, PyInstaller, is the `dist` extra that `make dist` installs):
#  - binutils (strip, objdump) for PyInstaller, dpkg-dev (dpkg-shlibdeps) for the .deb;
#  - every system library the bundle links and does not ship, so dpkg-shlibdeps can name its
#    package in Depends: the xcb and wayland platform plugins' libraries on top of .ci/system-deps;
#  - appstream and desktop-file-utils to validate the metainfo and .desktop files, nsis
#    (makensis) for check-nsis.sh.
set -euo pipefail
packages=(
  binutils dpkg-dev appstream desktop-file-utils nsis
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-randr0
  libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-util1 libx11-xcb1
  libxkbcommon-x11-0 libwayland-client0 libwayland-cursor0
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
