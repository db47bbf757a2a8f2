#!/usr/bin/env bash
# Smoke test of the installers (run by .ci/run after `make test`):
#   1. `make dist` (skip with SMOKE_SKIP_BUILD=1 to test what is already in dist/);
#   2. the one-folder bundle: window start-up offscreen (--exit-after-startup), --version,
#      `catalogue export --format json` with no network, which must list 241 exchanges, and a
#      catalogue update from ccxt's docs (recorded pages served on 127.0.0.1), dry run;
#   3. the .deb unpacked into a temporary root (dpkg-deb -x): its layout, then the same runs.
# Every run gets a temporary EXCHANGE_EXPLORER_HOME (and HOME/XDG dirs), so nothing is written
# to the real home directory.
set -euo pipefail
cd "$(dirname "$0")/.."

expected=${EXPECTED_EXCHANGES:-241}
bundle=dist/exchange-explorer
start=$SECONDS

if [ "${SMOKE_SKIP_BUILD:-0}" != 1 ]; then
  make dist
fi
echo "smoke: build took $((SECONDS - start)) s" >&2
shopt -s nullglob
debs=(dist/exchange-explorer_*.deb)
[ -x "$bundle/exchange-explorer" ] || { echo "smoke: no bundle in $bundle" >&2; exit 1; }
[ ${#debs[@]} -eq 1 ] || { echo "smoke: expected one .deb in dist/, found ${#debs[@]}" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
  echo "smoke: FAIL: $*" >&2
  exit 1
}

# A private home for every run; offscreen Qt; no display needed.
app_env=(
  env "EXCHANGE_EXPLORER_HOME=$tmp/explorer-home" "HOME=$tmp/home"
  "XDG_CONFIG_HOME=$tmp/home/.config" "XDG_CACHE_HOME=$tmp/home/.cache"
  "XDG_DATA_HOME=$tmp/home/.local/share" "XDG_RUNTIME_DIR=$tmp/runtime"
  QT_QPA_PLATFORM=offscreen
)
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"

# No network for the CLI: a new network namespace if we may make one, else dead proxies.
if unshare -n true 2>/dev/null; then
  offline=(unshare -n)
elif unshare -rn true 2>/dev/null; then
  offline=(unshare -rn)
else
  dead=http://127.0.0.1:9
  offline=(env "http_proxy=$dead" "https_proxy=$dead" "all_proxy=$dead" "HTTP_PROXY=$dead"
    "HTTPS_PROXY=$dead" "ALL_PROXY=$dead" no_proxy= NO_PROXY=)
fi

check_stderr() { # $1: label, $2: stderr file
  if grep -E -n 'Traceback|Fatal|FATAL|Segmentation|\[PYI-[0-9]+:ERROR\]' "$2" >&2; then
    fail "$1: errors on stderr (above)"
  fi
}

check_app() { # $1: label, $2: the executable
  local label=$1 exe=$2 err="$tmp/stderr" t0 rc
  t0=$(date +%s%N)
  rc=0
  timeout 120 "${app_env[@]}" "$exe" --exit-after-startup 2>"$err" || rc=$?
  [ "$rc" -eq 0 ] || { cat "$err" >&2; fail "$label: --exit-after-startup exited $rc"; }
  check_stderr "$label --exit-after-startup" "$err"
  echo "smoke: $label: window start-up ok ($((($(date +%s%N) - t0) / 1000000)) ms)" >&2

  timeout 60 "${app_env[@]}" "$exe" --version >"$tmp/version" 2>"$err" ||
    { cat "$err" >&2; fail "$label: --version failed"; }
  check_stderr "$label --version" "$err"
  grep -q "not installed" "$tmp/version" && fail "$label: --version: $(cat "$tmp/version")"
  grep -q "^catalogue: $expected exchanges" "$tmp/version" ||
    fail "$label: --version does not report $expected exchanges"

  timeout 60 "${offline[@]}" "${app_env[@]}" "$exe" catalogue export --format json \
    >"$tmp/export.json" 2>"$err" || { cat "$err" >&2; fail "$label: catalogue export failed"; }
  check_stderr "$label catalogue export" "$err"
  local count
  count=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["exchanges"]))' \
    "$tmp/export.json") || fail "$label: catalogue export is not the expected JSON"
  [ "$count" -eq "$expected" ] || fail "$label: catalogue export lists $count exchanges, not $expected"
  echo "smoke: $label: catalogue export offline (${offline[0]}) lists $count exchanges" >&2

  # The update reads Markdown with markdown-it and names countries with Babel and pycountry:
  # the bundle must carry what they read.
  timeout 60 "${app_env[@]}" no_proxy='*' "$exe" catalogue update --from docs --dry-run \
    --base-url "$docs_url" >"$tmp/diff" 2>"$err" ||
    { cat "$err" >&2; fail "$label: catalogue update --from docs failed"; }
  check_stderr "$label catalogue update" "$err"
  grep -q '^+ coinex  CoinEx$' "$tmp/diff" || fail "$label: catalogue update diff: $(head -3 "$tmp/diff")"
  echo "smoke: $label: catalogue update from docs (dry run): $(head -1 "$tmp/diff")" >&2
}

# ccxt's recorded docs pages on 127.0.0.1, for the update check.
docs_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$docs_port" --bind 127.0.0.1 --directory tests/fixtures/ccxt_docs \
  >/dev/null 2>&1 &
docs_server=$!
trap 'kill "$docs_server" 2>/dev/null; rm -rf "$tmp"' EXIT
docs_url=http://127.0.0.1:$docs_port/
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('${docs_url}Exchange-Markets.md')" 2>/dev/null && break
  sleep 0.1
done

check_app bundle "$bundle/exchange-explorer"

# --- the .deb ---------------------------------------------------------------------------------
root=$tmp/root
dpkg-deb -x "${debs[0]}" "$root"
dpkg-deb -f "${debs[0]}" Depends | grep -q libxcb-cursor0 || fail "deb: Depends lacks libxcb-cursor0"
launcher=$root/usr/bin/exchange-explorer
[ -L "$launcher" ] || fail "deb: /usr/bin/exchange-explorer is not a symlink"
target=$(readlink "$launcher")
[ "$target" = /opt/exchange-explorer/exchange-explorer ] || fail "deb: launcher points to $target"
[ -x "$root$target" ] || fail "deb: launcher target $target is not executable"
for f in usr/share/applications/exchange-explorer.desktop \
  usr/share/metainfo/io.github.exchange_explorer.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/exchange-explorer.svg \
  usr/share/icons/hicolor/48x48/apps/exchange-explorer.png \
  usr/share/icons/hicolor/256x256/apps/exchange-explorer.png \
  usr/share/doc/exchange-explorer/copyright; do
  [ -f "$root/$f" ] || fail "deb: /$f missing"
done
check_app deb "$root$target"

echo "smoke: OK in $((SECONDS - start)) s ($(du -sh "$bundle" | cut -f1) bundle, $(du -h "${debs[0]}" | cut -f1) .deb)" >&2
