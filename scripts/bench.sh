#!/usr/bin/env bash
# `make bench`: builds synthetic sites of 1,000, 10,000 and 100,000 entries into a tmpfs folder
# and prints pages per second, peak memory and processor time beside their targets (10,000
# entries: under 150 MB and, when `hugo` is installed, at least 5 times faster than Hugo on the
# same content; 100,000: under 12 s and 1 GB, and each entry's time and memory at most 1.2 times
# those at 10,000), Hugo's time when installed, the incremental rebuilds of tests/bench/rebuild_bench
# `almanac check` against `almanac build` (no longer) and how soon `almanac serve` shows a saved
# change (under 300 ms), then times the annual report of a year
# with 1,000 activities (target: under 200 ms),
# its PDF (WeasyPrint's time beside almanac's), and a rebuild with PDFs where no report changed
# (target: no PDF made again, at most 5 % over a plain rebuild), and last one-entry sites of 1 MB
# of hostile shapes (target: each rejected or built in under 2 s). With BASELINE=<another
# almanac>, first checks that both give byte-identical output on the bundled site and the
# 10,000-entry site (a change that claims no change in output, such as a refactoring).
set -euo pipefail
almanac=${1:-build/almanac}
generator=$(dirname "$almanac")/tests/make_bench_site
[ -x "$generator" ] || generator=build/tests/make_bench_site
scratch=/dev/shm
[ -d "$scratch" ] && [ -w "$scratch" ] || scratch=${TMPDIR:-/tmp}
work=$(mktemp -d "$scratch/almanac-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Best of three runs of a command (of RUNS runs when set), by wall time: "seconds kilobytes
# processor-seconds". The processor time (user and system, both cores) varies less than the wall
# time on a shared machine. Each run starts from an empty output folder, unless KEEP_OUTPUT=1.
best_of_three() {
  local best="" stats
  for run in $(seq "${RUNS:-3}"); do
    [ "${KEEP_OUTPUT:-0}" = 1 ] || rm -rf "$work/out"
    stats=$( { /usr/bin/time -f '%e %M %U %S' "$@" -o "$work/out"; } 2>&1 | tail -n 1 |
             awk '{ printf "%s %s %.2f", $1, $2, $3 + $4 }' )
    if [ -z "$best" ] || awk "BEGIN{exit !(${stats%% *} < ${best%% *})}"; then best=$stats; fi
  done
  echo "$best"
}

# The same output from two binaries: every file the same bytes, and the same manifest but for
# the fingerprint of the PDF tools, which names the binary's own folder.
same_output() {
  local site=$1 name=$2
  SOURCE_DATE_EPOCH=1764547200 "$BASELINE" build -q -s "$site" -o "$work/$name-baseline" >/dev/null
  SOURCE_DATE_EPOCH=1764547200 "$almanac" build -q -s "$site" -o "$work/$name-this" >/dev/null
  local same=0
  diff -rq -x .almanac-lock -x .almanac-manifest "$work/$name-baseline" "$work/$name-this" >&2 ||
    same=1
  diff <(sed 's/ [0-9a-f]*$//' "$work/$name-baseline/.almanac-manifest") \
       <(sed 's/ [0-9a-f]*$//' "$work/$name-this/.almanac-manifest") >/dev/null || same=1
  rm -rf "$work/$name-baseline" "$work/$name-this"
  return $same
}
if [ -n "${BASELINE:-}" ]; then
  "$generator" "$work/site-10000" 10000
  for site in "$(dirname "$0")/.." "$work/site-10000"; do
    if same_output "$site" same; then
      echo "output of $(basename "$(cd "$site" && pwd)") byte-identical to $BASELINE's: yes"
    else
      echo "output of $(basename "$(cd "$site" && pwd)") byte-identical to $BASELINE's: NO"
    fi
  done
fi

printf '%-8s %8s %9s %11s %10s %8s   %s\n' entries pages seconds pages/s "peak MB" "cpu s" targets
declare -A seconds_of kilobytes_of
for entries in 1000 10000 100000; do
  "$generator" "$work/site-$entries" "$entries"
  runs=3
  [ "$entries" -lt 100000 ] || runs=1  # a minute a run on a slow machine
  read -r seconds kilobytes cpu < <(RUNS=$runs best_of_three "$almanac" build -q -s "$work/site-$entries")
  seconds_of[$entries]=$seconds
  kilobytes_of[$entries]=$kilobytes
  pages=$(awk -F '\t' '$1 ~ /\.html$/ { n++ } END { print n + 0 }' "$work/out/.almanac-manifest")
  case $entries in
    10000) targets="[under 150 MB]" ;;
    100000) targets="[under 12 s, under 1024 MB]" ;;
    *) targets="" ;;
  esac
  awk -v e="$entries" -v p="$pages" -v s="$seconds" -v k="$kilobytes" -v c="$cpu" -v t="$targets" \
    'BEGIN { printf "%-8d %8d %9.2f %11.0f %10.1f %8.2f   %s\n", e, p, s, (s > 0 ? p / s : p / 0.01), k / 1024, c, t }'
  [ "$entries" -lt 100000 ] || rm -rf "$work/site-$entries" "$work/out"  # 5 GB of tmpfs
done
awk -v a="${seconds_of[10000]}" -v b="${seconds_of[100000]}" -v ka="${kilobytes_of[10000]}" \
    -v kb="${kilobytes_of[100000]}" 'BEGIN {
  printf "each entry at 100000 against 10000: time %.2fx, memory %.2fx   [target: at most 1.2x]\n",
    b / 10 / a, kb / 10 / ka }'

# Hugo on the same 10,000 entries, with templates that make the same kinds of pages
# (tests/bench/hugo/): one run, as it takes half a minute or more.
if command -v hugo >/dev/null; then
  mkdir -p "$work/hugo"
  cp -r "$(dirname "$0")/../tests/bench/hugo/." "$work/hugo/"
  ln -s "$work/site-10000/content" "$work/hugo/content"
  hugo_stats=$( { /usr/bin/time -f '%e %M' hugo --quiet -s "$work/hugo" -d "$work/hugo-out"; } 2>&1 | tail -n 1)
  rm -rf "$work/hugo-out"
  awk -v h="${hugo_stats% *}" -v k="${hugo_stats#* }" -v a="${seconds_of[10000]}" 'BEGIN {
    printf "Hugo on the same 10000 entries: %.2f s, %.0f MB; almanac %.1fx faster   [target: at least 5x]\n",
      h, k / 1024, h / a }'
else
  echo "Hugo on the same 10000 entries: hugo is not installed (apt-get install hugo)"
fi

# Incremental rebuilds in one process on the 10,000-entry site (targets: one entry's text under
# 100 ms, an organization under 300 ms), then a rebuild of the unchanged site into the same
# folder (target: no file written).
"$(dirname "$generator")/rebuild_bench" "$work/site-10000"
rm -rf "$work/out"
"$almanac" build -q -s "$work/site-10000" -o "$work/out"
summary=$(LANGUAGE= LC_ALL=C LANG=C "$almanac" build -s "$work/site-10000" -o "$work/out" 2>&1 | grep -o '([^)]*written[^)]*)' || true)
echo "rebuild of the unchanged 10000-entry site into the same folder: $summary   [target: 0 written]"

# `almanac check` of the 10,000-entry site and its build, by turns, best of three each (target:
# the check no longer than the build).
best_build="" best_check=""
for run in 1 2 3; do
  rm -rf "$work/out"
  built=$( { /usr/bin/time -f '%e' "$almanac" build -q -s "$work/site-10000" -o "$work/out"; } 2>&1 | tail -n 1)
  checked=$( { /usr/bin/time -f '%e' "$almanac" check -q -s "$work/site-10000"; } 2>&1 | tail -n 1)
  best_build=$(awk -v a="$built" -v b="${best_build:-1e9}" 'BEGIN { print (a < b ? a : b) }')
  best_check=$(awk -v a="$checked" -v b="${best_check:-1e9}" 'BEGIN { print (a < b ? a : b) }')
done
echo "check of the 10000-entry site: $best_check s, its build $best_build s   [target: no longer than the build]"

# `almanac serve` on a copy of the 10,000-entry site: from an entry's save to the reload event an
# open page receives (target: under 300 ms).
cp -r "$work/site-10000" "$work/serve-10000"
python3 "$(dirname "$0")/../tests/bench/serve_latency.py" "$almanac" "$work/serve-10000" \
  "$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
rm -rf "$work/serve-10000"

# The whole `almanac report` command, loading the site included.
"$generator" "$work/year" 1000 2025
read -r seconds kilobytes cpu < <(best_of_three "$almanac" report 2025 -q -s "$work/year")
awk -v s="$seconds" 'BEGIN { printf "annual report of 1000 activities (HTML, CSV, JSON): %.0f ms\n", s * 1000 }'

# Its PDF: WeasyPrint alone on the same HTML is the floor; the rest is almanac's (the page, the
# data, finishing the PDF/A file).
rm -rf "$work/out"
total=$( { /usr/bin/time -f '%e' "$almanac" report 2025 --pdf -q -s "$work/year" -o "$work/out"; } 2>&1 | tail -n 1)
alone=$( { /usr/bin/time -f '%e' weasyprint -q --pdf-variant pdf/a-3b \
             "$work/out/reports/2025/index.html" "$work/alone.pdf"; } 2>&1 | tail -n 1)
pages=$(pdfinfo "$work/out/reports/2025/report.pdf" | awk '/^Pages:/ { print $2 }')
awk -v t="$total" -v w="$alone" -v p="$pages" 'BEGIN {
  printf "its PDF (%d pages): %.1f s; WeasyPrint alone on its HTML %.1f s, almanac the other %.1f s\n", p, t, w, t - w }'

# A rebuild where no report changed: with PDFs it only compares what each PDF was made from.
rm -rf "$work/out"
"$almanac" build -q --pdf -s "$work/site-1000" -o "$work/out"
made=$(grep -c 'report.pdf' "$work/out/.almanac-manifest")
read -r plain _ plain_cpu < <(KEEP_OUTPUT=1 best_of_three "$almanac" build -q -s "$work/site-1000")
read -r with_pdf _ pdf_cpu < <(KEEP_OUTPUT=1 best_of_three "$almanac" build -q --pdf -s "$work/site-1000")
remade=$("$almanac" build --pdf -s "$work/site-1000" -o "$work/out" | grep -o '[0-9]* made' || echo "0 made")
awk -v a="$plain" -v b="$with_pdf" -v ac="$plain_cpu" -v bc="$pdf_cpu" -v n="$made" -v r="$remade" 'BEGIN {
  printf "rebuild of 1000 entries, no report changed (%d PDFs, %s again): plain %.2f s (%.2f cpu s), with PDFs %.2f s (%.2f cpu s), %+.1f %%\n",
    n, r, a, ac, b, bc, (b - a) / a * 100 }'

# Hostile input: each site is one entry of 1 MB shaped to make some parser slow; the slowest.
"$(dirname "$0")/../tests/bench/make_hostile_sites.py" "$work/hostile"
for site in "$work/hostile"/*; do
  rm -rf "$work/out"
  /usr/bin/time -o "$work/time.txt" -f "%e %M $(basename "$site")" \
    "$almanac" build -q -s "$site" -o "$work/out" >/dev/null 2>&1 || true
  tail -n 1 "$work/time.txt"
done | sort -rn >"$work/hostile.txt"
awk 'NR == 1 { worst = $1; kb = $2; name = $3 } $2 > most { most = $2 } $1 > 2 { over++ }
  END { printf "1 MB of hostile input, %d shapes: slowest %.2f s (%s), most memory %.0f MB; over 2 s: %d\n",
          NR, worst, name, most / 1024, over }' "$work/hostile.txt"
