#!/usr/bin/env bash
# Installs what the benchmarks need beyond scripts/install-deps.sh, from Debian 12:
# Google Benchmark for benchmarks/, GNU time for the peak-memory figures, Node.js and
# npm for the Recognizers-Text peer. The peers themselves (npm and PyPI packages) are
# installed by benchmarks/peers/run.sh into the build directory, not system-wide.
# Usage: scripts/install-bench-deps.sh        (needs root, or sudo on PATH)
set -euo pipefail

packages=(libbenchmark-dev time python3-venv)
# Node.js: any Debian-packaged or already installed node with npm will do.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

# shellcheck source=lib/apt.sh
. "$(cd "$(dirname "$0")" && pwd)/lib/apt.sh"
install_debian_packages "${packages[@]}"
