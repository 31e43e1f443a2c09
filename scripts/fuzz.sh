#!/usr/bin/env bash
# make fuzz: runs each libFuzzer target of tests/fuzz for SECONDS seconds, from a corpus seeded
# with the bundled site's, the fixtures' and the themes' files and with every input a fuzzer
# found before (tests/fuzz/regressions/<target>/). Usage: scripts/fuzz.sh BUILD_DIR SECONDS
set -euo pipefail
build_dir=$1
seconds=$2
root=$(cd "$(dirname "$0")/.." && pwd)

# One flat folder of seeds: libFuzzer reads the files of the folders it is given, not below.
seeds="$build_dir/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"
find "$root/content" "$root/tests/fixtures" "$root/themes" -type f \
  \( -name '*.md' -o -name '*.toml' -o -name '*.mustache' \) -print0 |
  while IFS= read -r -d '' file; do
    cp "$file" "$seeds/$(sha1sum "$file" | cut -c1-16)"
  done

failed=()
for fuzzer in "$build_dir"/fuzzers/*_fuzz; do
  target=$(basename "$fuzzer" _fuzz)
  corpus="$build_dir/corpus/$target"
  artifacts="$build_dir/artifacts/$target"
  regressions="$root/tests/fuzz/regressions/$target"
  mkdir -p "$corpus" "$artifacts"
  folders=("$corpus" "$seeds")
  [[ -d $regressions ]] && folders+=("$regressions")
  echo "fuzz: $target for $seconds s"
  # A crash, a sanitizer report, an input slower than 5 s or a run over 1 GB stops the target.
  if ! "$fuzzer" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=1024 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "${folders[@]}" \
    >"$build_dir/fuzz-$target.log" 2>&1; then
    failed+=("$target")
    tail -n 60 "$build_dir/fuzz-$target.log"
    echo "fuzz: $target failed; the input is in $artifacts/." >&2
    echo "  Fix almanac, then keep the input as a test: copy it into tests/fuzz/regressions/$target/" >&2
  else
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$build_dir/fuzz-$target.log" |
      sed "s/^/  /"
  fi
done
if ((${#failed[@]})); then
  echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
  exit 1
fi
