#!/usr/bin/env bash
# Sets up econclaims and runs the main job on the bundled sample: the claims of the
# texts in examples/data as JSON Lines, then the series and growth rates built from them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target econclaims-cli
mkdir -p build/sample
build/src/cli/econclaims extract --docs examples/data/docs.jsonl examples/data/*.txt | tee build/sample/claims.jsonl
echo "--- series (build/sample/series.csv)"
build/src/cli/econclaims series build/sample/claims.jsonl | tee build/sample/series.csv
echo "--- consistency check (build/sample/check.csv)"
build/src/cli/econclaims check build/sample/claims.jsonl | tee build/sample/check.csv
