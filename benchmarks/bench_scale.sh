#!/usr/bin/env bash
# Memory at scale: the extract command on a 1 GB corpus file and on one 100 MB line, with
# peak resident memory from GNU time. The texts are the seed articles of ../shared and
# the bundled samples, repeated; nothing of them is kept.
#   benchmarks/bench_scale.sh BUILD_DIR [MEGABYTES]   (default 1000: 1 GB)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
mb=${2:-1000}
cli="$build/src/cli/econclaims"
shared=${ECONCLAIMS_SHARED_DIR:-../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)"; exit 1; }

cat "$shared"/corpus/seeds/*.txt examples/data/*.txt > "$work/unit.txt"
unit=$(stat -c %s "$work/unit.txt")
target=$((mb * 1000 * 1000))
: > "$work/big.txt"
while [ "$(stat -c %s "$work/big.txt")" -lt "$target" ]; do cat "$work/unit.txt" "$work/unit.txt" "$work/unit.txt" "$work/unit.txt" >> "$work/big.txt"; done
# One line: the same text with every line break replaced, 100 MB of it.
tr '\n' ' ' < "$work/unit.txt" > "$work/line_unit.txt"
: > "$work/line.txt"
while [ "$(stat -c %s "$work/line.txt")" -lt 100000000 ]; do cat "$work/line_unit.txt" "$work/line_unit.txt" "$work/line_unit.txt" "$work/line_unit.txt" >> "$work/line.txt"; done

run() {
  local name=$1 file=$2
  local size
  size=$(stat -c %s "$file")
  /usr/bin/time -f "%e %M" -o "$work/time" "$cli" extract --date 2024 "$file" > /dev/null 2> "$work/summary"
  read -r secs kb < "$work/time"
  local claims
  claims=$(grep -o '[0-9]* claims' "$work/summary" | cut -d' ' -f1)
  printf '%-16s %8.1f MB  %8.1f s  %7.1f MB/s  peak RSS %6.1f MB  %9d claims\n' "$name" \
    "$(echo "$size / 1000000" | bc -l)" "$secs" "$(echo "$size / 1000000 / $secs" | bc -l)" \
    "$(echo "$kb / 1024" | bc -l)" "$claims"
}
echo "unit text: $unit bytes; jobs: $(nproc)"
run "one 100 MB line" "$work/line.txt"
run "${mb} MB file" "$work/big.txt"
