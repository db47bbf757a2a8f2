#!/usr/bin/env bash
# Builds dist/exchange-explorer_<version>_<arch>.deb from the one-folder bundle (`make dist`).
#
#   packaging/linux/build-deb.sh BUNDLE_DIR OUT_DIR
#
# Layout: the bundle in /opt/exchange-explorer, /usr/bin/exchange-explorer (a symlink to it),
# the .desktop entry, hicolor icons and AppStream metainfo. Depends: computed by dpkg-shlibdeps
# from every ELF file in the bundle (the spec leaves the system's libraries out of the bundle;
# at start-up Qt loads nothing it does not link). Needs dpkg-dev; no fakeroot (dpkg-deb
# --root-owner-group). The version comes from explorer/__init__.py, read as text.
# DEB_MAINTAINER overrides the Maintainer field.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BUNDLE_DIR OUT_DIR" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)

name=exchange-explorer
app_id=io.github.exchange_explorer
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/explorer/__init__.py")
[ -n "$version" ] || { echo "build-deb: no __version__ in explorer/__init__.py" >&2; exit 1; }
arch=$(dpkg --print-architecture)
date=$(git -C "$root" log -1 --format=%cs 2>/dev/null || date -u +%F)
maintainer=${DEB_MAINTAINER:-"Exchange Explorer maintainers <exchange-explorer@users.noreply.github.com>"}
[ -x "$bundle/$name" ] || { echo "build-deb: $bundle/$name is not an executable" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
pkg=$stage/debian/$name # the layout dpkg-shlibdeps expects (it resolves $ORIGIN from it)
umask 022

# --- files ------------------------------------------------------------------------------------
install -d "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" "$pkg/usr/share/metainfo" \
  "$pkg/usr/share/doc/$name" "$pkg/DEBIAN"
cp -a "$bundle" "$pkg/opt/$name"
ln -s "/opt/$name/$name" "$pkg/usr/bin/$name"
install -m 644 "$here/$name.desktop" "$pkg/usr/share/applications/$name.desktop"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$date/" "$here/$app_id.metainfo.xml" \
  >"$pkg/usr/share/metainfo/$app_id.metainfo.xml"
install -m 644 "$here/copyright" "$pkg/usr/share/doc/$name/copyright"
icons=$root/resources/icons
for png in "$icons"/hicolor/*/apps/"$name".png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  install -D -m 644 "$png" "$pkg/usr/share/icons/hicolor/$size/apps/$name.png"
done
install -D -m 644 "$icons/$name.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/$name.svg"
# Normalise modes whatever the umask of the build that made the bundle: no group/other write.
chmod -R u+rwX,go+rX,go-w "$pkg"

# --- checks (when the validators are installed) -----------------------------------------------
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$pkg/usr/share/applications/$name.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$pkg/usr/share/metainfo/$app_id.metainfo.xml" >&2
fi

# --- Depends ----------------------------------------------------------------------------------
# dpkg-shlibdeps maps every library an ELF file in the bundle links (and the bundle does not
# ship) to its package, with the minimum version from the build system's symbols files. So the
# build machine must have them all installed: the xcb plugin's libxcb-* and the wayland plugin's
# libwayland-* libraries included (packaging/linux/build-deps.sh installs them).
elfs=()
while IFS= read -r -d '' f; do
  if [ "$(head -c 4 "$f" | od -An -tx1 | tr -d ' \n')" = 7f454c46 ]; then elfs+=("$f"); fi
done < <(find "$pkg/opt/$name" -type f -print0)
mapfile -t libdirs < <(printf '%s\n' "${elfs[@]}" | xargs -r -n1 dirname | sort -u)
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" >"$stage/debian/control"
# Libraries of the bundle belong to no package (--ignore-missing-info); -l: the directories
# the bootloader puts on LD_LIBRARY_PATH and the ones $ORIGIN run paths point to.
if ! shlibs=$(cd "$stage" && dpkg-shlibdeps -O --ignore-missing-info \
  "${libdirs[@]/#/-l}" "${elfs[@]}" 2>"$stage/shlibdeps.log"); then
  grep -v ': warning: ' "$stage/shlibdeps.log" >&2
  echo "build-deb: dpkg-shlibdeps failed (is every library the bundle links installed here?)" >&2
  exit 1
fi
depends=${shlibs#shlibs:Depends=}
recommends="hicolor-icon-theme"
installed_size=$(du -sk --apparent-size "$pkg" | cut -f1)

cat >"$pkg/DEBIAN/control" <<EOF
Package: $name
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $depends
Recommends: $recommends
Section: misc
Priority: optional
Description: desktop explorer of the world's crypto exchanges
 Browse every exchange the ccxt library has ever listed, by region and country,
 read each exchange's details, and watch live prices fetched straight from the
 exchanges' public APIs. Fully usable offline.
 .
 A self-contained build (Python, Qt 6 and PySide6 in /opt/$name).
EOF
(cd "$pkg" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z |
  xargs -0 md5sum | sed 's|  \./|  |') >"$pkg/DEBIAN/md5sums"
chmod 644 "$pkg/DEBIAN/control" "$pkg/DEBIAN/md5sums"

deb=$out/${name}_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >/dev/null
echo "build-deb: $deb ($(du -h "$deb" | cut -f1)); Depends: $depends" >&2
