#!/usr/bin/env bash
# Installs the build and test dependencies of econclaims from Debian 12 packages.
# Usage: scripts/install-deps.sh        (needs root, or sudo on PATH)
# Idempotent: packages already present are skipped by apt-get.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libboost-dev libboost-date-time-dev   # Spirit X3 is header-only; Date_Time for periods
  libeigen3-dev                          # series computations
  libfmt-dev                             # formatting
  doctest-dev                            # C++ tests
  libcli11-dev                           # command-line parsing
  nlohmann-json3-dev                     # the claims reader
  libopencc-dev opencc                   # traditional -> simplified table, generated at build time
  python3 python3-venv python3-dev
  clang libfuzzer-14-dev libclang-rt-14-dev   # fuzzing and the sanitizer job
)

# shellcheck source=lib/apt.sh
. "$(cd "$(dirname "$0")" && pwd)/lib/apt.sh"
install_debian_packages "${packages[@]}"
