#!/usr/bin/env bash
# econclaims side by side with its peers, on the same text, in one run.
#
#   benchmarks/peers/run.sh [BUILD_DIR]      (default: build-bench beside the sources)
#
# Builds the benchmarks in BUILD_DIR if needed, installs the peers there (a Python venv
# with jionlp, cn2an and pandas; node_modules with @microsoft/recognizers-text-suite),
# runs everything on the seed articles of the shared directory and prints a Markdown
# table (also written to BUILD_DIR/peers/results.md). Environment:
#   ECONCLAIMS_SHARED_DIR   the shared directory (default: ../shared beside the repository)
#   ECONCLAIMS_BENCH_MB     corpus size for the econclaims figures (default 50)
#   ECONCLAIMS_BENCH_SERIES series count for the series figures (default 1000000)
#   PEER_REPEATS            timed passes of the peers over the seed articles, after one
#                           warm-up pass (default: 10 for JioNLP and cn2an, whose pass
#                           takes a fraction of a second; 1 for Recognizers-Text, ~12 s)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="$(mkdir -p "${1:-$repo/build-bench}" && cd "${1:-$repo/build-bench}" && pwd)"
shared="$(cd "${ECONCLAIMS_SHARED_DIR:-$repo/../shared}" && pwd)"
export ECONCLAIMS_SHARED_DIR="$shared"
export ECONCLAIMS_BENCH_MB="${ECONCLAIMS_BENCH_MB:-50}"
export ECONCLAIMS_BENCH_SERIES="${ECONCLAIMS_BENCH_SERIES:-1000000}"
repeats="${PEER_REPEATS:-1}"
py_repeats="${PEER_REPEATS:-10}"
work="$build/peers"
mkdir -p "$work"
log() { echo "== $*" >&2; }

# --- econclaims: benchmarks and CLI ---------------------------------------------------
if [ ! -x "$build/benchmarks/bench_extract" ] || [ ! -x "$build/src/cli/econclaims" ]; then
  log "building the benchmarks in $build"
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DECONCLAIMS_BUILD_BENCHMARKS=ON >&2
  cmake --build "$build" -j2 --target econclaims-cli bench_extract bench_series >&2
fi
cli="$build/src/cli/econclaims"

# --- peers ------------------------------------------------------------------------------
if [ ! -x "$work/venv/bin/python" ]; then
  log "installing jionlp, cn2an, pandas into $work/venv"
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q jionlp cn2an pandas >&2
fi
if [ ! -d "$work/node_modules/@microsoft/recognizers-text-suite" ]; then
  log "installing @microsoft/recognizers-text-suite into $work/node_modules"
  (cd "$work" && { [ -f package.json ] || npm init -y >/dev/null; } &&
     npm install --no-audit --no-fund @microsoft/recognizers-text-suite >&2)
fi

seeds=("$shared"/corpus/seeds/*.txt)
gold="$shared/gold/seeds.jsonl"
score() { python3 "$shared/eval/score.py" "$gold" "$1" --json; }

log "econclaims on the seed articles"
"$cli" extract --quiet --docs "$shared/corpus/seeds/docs.jsonl" "${seeds[@]}" > "$work/econclaims.jsonl"
score "$work/econclaims.jsonl" > "$work/econclaims.score.json"

log "econclaims benchmarks (${ECONCLAIMS_BENCH_MB} MB corpus)"
"$build/benchmarks/bench_extract" --benchmark_format=json --benchmark_out="$work/bench_extract.json" \
  --benchmark_out_format=json > /dev/null

log "streaming memory and CLI throughput"
# The corpus as files: the seed articles copied until the size is reached, twice over
# (a fifth, then all of it), to see that the peak memory does not grow with the corpus.
make_corpus() {  # DIR MB
  local dir="$1" want=$(( $2 * 1000000 )) size=0 i=0
  rm -rf "$dir"; mkdir -p "$dir"
  while [ "$size" -lt "$want" ]; do
    for f in "${seeds[@]}"; do cp "$f" "$dir/$i-$(basename "$f")"; size=$(( size + $(stat -c %s "$f") )); done
    i=$(( i + 1 ))
  done
}
small_mb=$(( ECONCLAIMS_BENCH_MB / 5 > 0 ? ECONCLAIMS_BENCH_MB / 5 : 1 ))
make_corpus "$work/corpus_small" "$small_mb"
make_corpus "$work/corpus_full" "$ECONCLAIMS_BENCH_MB"
cat "$work"/corpus_full/*.txt > "$work/corpus_one.txt"
cli_run() {  # NAME ARGS...: wall seconds and peak RSS of one CLI run, as JSON
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$cli" extract --quiet "$@" > /dev/null
  read -r secs kb < "$work/time.txt"
  echo "{\"run\": \"$name\", \"seconds\": $secs, \"peak_kb\": $kb}"
}
{
  cli_run files_small_jobs1 --jobs 1 "$work"/corpus_small/*.txt
  cli_run files_full_jobs1 --jobs 1 "$work"/corpus_full/*.txt
  cli_run files_full_jobs2 --jobs 2 "$work"/corpus_full/*.txt
  cli_run one_file_jobs1 --jobs 1 "$work/corpus_one.txt"
} > "$work/cli.jsonl"
corpus_bytes=$(cat "$work"/corpus_full/*.txt | wc -c)
small_bytes=$(cat "$work"/corpus_small/*.txt | wc -c)

log "Recognizers-Text"
(cd "$work" && NODE_PATH="$work/node_modules" node "$here/recognizers.js" "$work/recognizers.jsonl" "$repeats" "${seeds[@]}") > "$work/recognizers.time.json"
score "$work/recognizers.jsonl" > "$work/recognizers.score.json"

log "JioNLP and cn2an"
"$work/venv/bin/python" "$here/jionlp_peer.py" "$work/jionlp.jsonl" "$py_repeats" "${seeds[@]}" > "$work/jionlp.time.json"
score "$work/jionlp.jsonl" > "$work/jionlp.score.json"

log "series: econclaims and pandas (${ECONCLAIMS_BENCH_SERIES} series × 40 periods)"
"$build/benchmarks/bench_series" --benchmark_format=json > "$work/bench_series.json"
"$work/venv/bin/python" "$here/series_pandas.py" > "$work/pandas.json"

python3 "$here/report.py" "$work" "$corpus_bytes" "$small_bytes" | tee "$work/results.md"
