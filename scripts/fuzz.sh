#!/usr/bin/env bash
# Hardening job: builds with clang, AddressSanitizer and UndefinedBehaviorSanitizer, runs
# the C++ test suites under them, then each libFuzzer target for a fixed time.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 30)
# A crash leaves its input in build-fuzz/artifacts/; copy it into tests/fuzz/regressions/
# so the replay test keeps it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
jobs=$(nproc)
build=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DECONCLAIMS_SANITIZE=ON -DECONCLAIMS_BUILD_FUZZERS=ON -DECONCLAIMS_BUILD_EXAMPLES=OFF -DECONCLAIMS_INSTALL=OFF >/dev/null
targets=(fuzz_normalize fuzz_quantity fuzz_time_expr fuzz_extract fuzz_claims_reader extract_tests series_tests fuzz_replay econclaims-cli)
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
echo "--- test suites under ASan + UBSan"
ctest --test-dir "$build" --output-on-failure -j"$jobs" -R '^(extract_tests|series_tests|fuzz_replay|cli_contract|score_seeds|score_dev)$'

echo "--- fuzzing, ${seconds}s per target"
mkdir -p "$build/artifacts"
for t in normalize quantity time_expr extract claims_reader; do
  corpus="$build/corpus/$t"
  mkdir -p "$corpus"
  cp tests/fuzz/corpus/* tests/fuzz/regressions/* examples/data/*.txt tests/data/*.jsonl "$corpus/" 2>/dev/null || true
  "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/artifacts/${t}-" -print_final_stats=1 "$corpus" 2>"$build/fuzz_$t.log" ||
    { tail -n 40 "$build/fuzz_$t.log"; echo "fuzz_$t found a crash; input in $build/artifacts/"; exit 1; }
  grep -E '^Done' "$build/fuzz_$t.log" | sed "s/^/fuzz_$t: /"
done
