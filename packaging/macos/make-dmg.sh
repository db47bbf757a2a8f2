#!/usr/bin/env bash
# Packs the .app that the spec's BUNDLE step makes on macOS into a compressed disk image:
#
#   packaging/macos/make-dmg.sh "dist/Exchange Explorer.app" dist
#   -> dist/exchange-explorer-<version>-macos-<arch>.dmg  (the app + an /Applications link)
#
# PyInstaller signs the bundle ad hoc, which is enough to run it on the machine that built it
# and on Apple silicon after "Open" in the Finder. For distribution set
#   MACOS_SIGN_IDENTITY="Developer ID Application: ..."   sign with the hardened runtime, and
#   MACOS_NOTARY_PROFILE=<notarytool keychain profile>    notarise and staple the .dmg.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 APP_BUNDLE OUT_DIR" >&2
  exit 2
fi
app=${1%/}
out=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/explorer/__init__.py")
[ -d "$app/Contents/MacOS" ] || { echo "make-dmg: $app is not an .app bundle" >&2; exit 1; }
mkdir -p "$out"
dmg=$out/exchange-explorer-$version-macos-$(uname -m).dmg

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$app"
fi
codesign --verify --deep --strict "$app"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/$(basename "$app")"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "Exchange Explorer $version" -srcfolder "$stage" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
echo "make-dmg: $dmg ($(du -h "$dmg" | cut -f1))" >&2
