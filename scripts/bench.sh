#!/usr/bin/env bash
# `make bench`: builds synthetic sites of 1,000 and 10,000 entries into a tmpfs folder and prints
# pages per second and peak memory (targets: 10,000 entries under 1 s and 150 MB), then times
# the annual report of a year with 1,000 activities (target: under 200 ms).
set -euo pipefail
almanac=${1:-build/almanac}
generator=$(dirname "$almanac")/tests/make_bench_site
[ -x "$generator" ] || generator=build/tests/make_bench_site
scratch=/dev/shm
[ -d "$scratch" ] && [ -w "$scratch" ] || scratch=${TMPDIR:-/tmp}
work=$(mktemp -d "$scratch/almanac-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Best of three runs of a command: "seconds kilobytes".
best_of_three() {
  local best="" stats
  for run in 1 2 3; do
    rm -rf "$work/out"
    stats=$( { /usr/bin/time -f '%e %M' "$@" -o "$work/out"; } 2>&1 | tail -n 1 )
    if [ -z "$best" ] || awk "BEGIN{exit !(${stats% *} < ${best% *})}"; then best=$stats; fi
  done
  echo "$best"
}

printf '%-8s %8s %9s %11s %10s\n' entries pages seconds pages/s "peak MB"
for entries in 1000 10000; do
  "$generator" "$work/site-$entries" "$entries"
  best=$(best_of_three "$almanac" build -q -s "$work/site-$entries")
  pages=$(grep -c '\.html$' "$work/out/.almanac-manifest")  # the HTML pages among the files
  awk -v e="$entries" -v p="$pages" -v s="${best% *}" -v k="${best#* }" \
    'BEGIN { printf "%-8d %8d %9.2f %11.0f %10.1f\n", e, p, s, (s > 0 ? p / s : p / 0.01), k / 1024 }'
done

# The whole `almanac report` command, loading the site included.
"$generator" "$work/year" 1000 2025
best=$(best_of_three "$almanac" report 2025 -q -s "$work/year")
awk -v s="${best% *}" 'BEGIN { printf "annual report of 1000 activities (HTML, CSV, JSON): %.0f ms\n", s * 1000 }'
