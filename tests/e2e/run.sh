#!/usr/bin/env bash
# The browser tests: builds the bilingual fixture site with almanac, serves it with nginx under
# /site/ on a free loopback port, and drives Debian's Chromium through playwright-core
# (browser_test.js). Starts and stops everything itself and leaves nothing behind.
# Usage: tests/e2e/run.sh ALMANAC_BINARY
set -euo pipefail
almanac=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
nginx=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
chmod 755 "$work"  # nginx's workers may run as another user
stop() {
  if [ -s "$work/nginx.pid" ]; then kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

port=$(node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => {
  console.log(s.address().port); s.close(); });")
cp -r "$root/tests/fixtures/bilingual" "$work/source"
# base_url first: after a [table] header a key would belong to that table.
sed -i "1i base_url = \"http://127.0.0.1:$port/site/\"" "$work/source/almanac.toml"
"$almanac" build -q -s "$work/source" -o "$work/www/site"
# The annual reports of the longest names and the most partners, for the phone's width.
"$almanac" build -q -s "$root/tests/fixtures/report-stress" -o "$work/www/reports-stress"

mkdir -p "$work/temp"
sed -e "s|@WORK@|$work|g" -e "s|@PORT@|$port|g" "$here/nginx.conf.in" > "$work/nginx.conf"
"$nginx" -c "$work/nginx.conf" -p "$work" -e "$work/nginx-error.log" &
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

node "$here/browser_test.js" "http://127.0.0.1:$port/site/"
