#!/usr/bin/env bash
# `make bench`: builds synthetic sites of 1,000 and 10,000 entries into a tmpfs folder and prints
# pages per second, peak memory (targets: 10,000 entries under 1 s and 150 MB) and processor
# time, then times the annual report of a year with 1,000 activities (target: under 200 ms).
set -euo pipefail
almanac=${1:-build/almanac}
generator=$(dirname "$almanac")/tests/make_bench_site
[ -x "$generator" ] || generator=build/tests/make_bench_site
scratch=/dev/shm
[ -d "$scratch" ] && [ -w "$scratch" ] || scratch=${TMPDIR:-/tmp}
work=$(mktemp -d "$scratch/almanac-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Best of three runs of a command, by wall time: "seconds kilobytes processor-seconds". The
# processor time (user and system, both cores) varies less than the wall time on a shared machine.
best_of_three() {
  local best="" stats
  for run in 1 2 3; do
    rm -rf "$work/out"
    stats=$( { /usr/bin/time -f '%e %M %U %S' "$@" -o "$work/out"; } 2>&1 | tail -n 1 |
             awk '{ printf "%s %s %.2f", $1, $2, $3 + $4 }' )
    if [ -z "$best" ] || awk "BEGIN{exit !(${stats%% *} < ${best%% *})}"; then best=$stats; fi
  done
  echo "$best"
}

printf '%-8s %8s %9s %11s %10s %8s\n' entries pages seconds pages/s "peak MB" "cpu s"
for entries in 1000 10000; do
  "$generator" "$work/site-$entries" "$entries"
  read -r seconds kilobytes cpu < <(best_of_three "$almanac" build -q -s "$work/site-$entries")
  pages=$(grep -c '\.html$' "$work/out/.almanac-manifest")  # the HTML pages among the files
  awk -v e="$entries" -v p="$pages" -v s="$seconds" -v k="$kilobytes" -v c="$cpu" \
    'BEGIN { printf "%-8d %8d %9.2f %11.0f %10.1f %8.2f\n", e, p, s, (s > 0 ? p / s : p / 0.01), k / 1024, c }'
done

# The whole `almanac report` command, loading the site included.
"$generator" "$work/year" 1000 2025
read -r seconds kilobytes cpu < <(best_of_three "$almanac" report 2025 -q -s "$work/year")
awk -v s="$seconds" 'BEGIN { printf "annual report of 1000 activities (HTML, CSV, JSON): %.0f ms\n", s * 1000 }'
