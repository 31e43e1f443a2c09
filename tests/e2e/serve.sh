#!/usr/bin/env bash
# The browser test of `almanac serve`: serves a copy of the bilingual fixture site on a free
# loopback port and drives Debian's Chromium through playwright-core (serve_test.js), which
# edits the copy's files. Starts and stops everything itself and leaves nothing behind.
# Usage: tests/e2e/serve.sh ALMANAC_BINARY
set -euo pipefail
almanac=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

work=$(mktemp -d)
stop() {
  if [ -n "${server:-}" ]; then kill -INT "$server" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

port=$(node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => {
  console.log(s.address().port); s.close(); });")
cp -r "$root/tests/fixtures/bilingual" "$work/site"
LANGUAGE=ru "$almanac" serve -s "$work/site" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do
  grep -q ' ms\.\| мс\.' "$work/serve.log" 2>/dev/null && break
  sleep 0.1
done
node "$here/serve_test.js" "http://127.0.0.1:$port/" "$work/site" || { cat "$work/serve.log"; exit 1; }
