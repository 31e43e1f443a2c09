#!/usr/bin/env bash
# `make bench`: builds synthetic sites of 1,000 and 10,000 entries into a tmpfs folder and prints
# pages per second and peak memory. Targets: 10,000 entries under 1 s, under 150 MB.
set -euo pipefail
almanac=${1:-build/almanac}
generator=$(dirname "$almanac")/tests/make_bench_site
[ -x "$generator" ] || generator=build/tests/make_bench_site
scratch=/dev/shm
[ -d "$scratch" ] && [ -w "$scratch" ] || scratch=${TMPDIR:-/tmp}
work=$(mktemp -d "$scratch/almanac-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

printf '%-8s %8s %9s %11s %10s\n' entries pages seconds pages/s "peak MB"
for entries in 1000 10000; do
  "$generator" "$work/site-$entries" "$entries"
  best=""
  for run in 1 2 3; do
    rm -rf "$work/out-$entries"
    stats=$( { /usr/bin/time -f '%e %M' "$almanac" build -q -s "$work/site-$entries" -o "$work/out-$entries"; } 2>&1 | tail -n 1 )
    seconds=${stats% *}
    kilobytes=${stats#* }
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < ${best% *})}"; then best="$seconds $kilobytes"; fi
  done
  pages=$(grep -vc '^#' "$work/out-$entries/.almanac-manifest")
  seconds=${best% *}
  kilobytes=${best#* }
  awk -v e="$entries" -v p="$pages" -v s="$seconds" -v k="$kilobytes" \
    'BEGIN { printf "%-8d %8d %9.2f %11.0f %10.1f\n", e, p, s, (s > 0 ? p / s : p / 0.01), k / 1024 }'
done
