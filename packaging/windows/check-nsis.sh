#!/usr/bin/env bash
# Compiles packaging/windows/exchange-explorer.nsi with makensis (Debian: apt-get install nsis)
# against a dummy payload shaped like the Windows bundle, warnings as errors. Checks the script,
# not the app: the real installer is built on Windows by .github/workflows/release.yml.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v makensis >/dev/null || { echo "check-nsis: makensis not found (apt-get install nsis)" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' explorer/__init__.py)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

payload=$tmp/exchange-explorer
mkdir -p "$payload/_internal/explorer/_resources"
printf 'MZ dummy\n' >"$payload/exchange-explorer.exe"
printf 'MZ dummy\n' >"$payload/exchange-explorer-cli.exe"
printf 'dummy\n' >"$payload/_internal/python311.dll"
printf '{}\n' >"$payload/_internal/explorer/_resources/catalogue.json"

out=$tmp/exchange-explorer-$version-setup.exe
makensis -V2 -WX -DVERSION="$version" -DBUNDLE_DIR="$payload" -DOUTFILE="$out" \
  packaging/windows/exchange-explorer.nsi
[ "$(head -c 2 "$out")" = MZ ] || { echo "check-nsis: no installer produced" >&2; exit 1; }
echo "check-nsis: ok (exchange-explorer $version, $(stat -c %s "$out") byte installer)" >&2
