#!/usr/bin/env bash
# Sets up econclaims and runs every test: the C++ suites (ctest, which also builds a
# consumer project against the installed package and scores the seed articles) and
# the Python package's tests (pytest).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
scripts/install-deps.sh
scripts/install-browser-deps.sh   # chromium, CJK fonts and playwright-core for the report test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DECONCLAIMS_BUILD_TESTS=ON
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
scripts/fuzz.sh "${ECONCLAIMS_FUZZ_SECONDS:-30}"   # sanitizer build, its tests, and the fuzzers
if [ -f pyproject.toml ]; then
  python3 -m venv build/venv
  build/venv/bin/pip install -q --upgrade pip
  CMAKE_BUILD_PARALLEL_LEVEL=$jobs build/venv/bin/pip install -q ".[test,dask]"
  ECONCLAIMS_CLI="$PWD/build/src/cli/econclaims" build/venv/bin/python -m pytest -q bindings/python/tests
fi
