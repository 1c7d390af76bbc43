#!/usr/bin/env bash
# Installs what the browser test of the HTML report needs (tests/browser): Debian's
# chromium, CJK and Latin fonts so that screenshots show Chinese text rather than empty
# boxes, Node.js with npm, and playwright-core from npm. Playwright drives the Debian
# chromium at /usr/bin/chromium; it never downloads a browser of its own.
# Usage: scripts/install-browser-deps.sh      (needs root, or sudo on PATH)
# Idempotent: packages already present are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium fonts-noto-cjk fonts-dejavu-core)
# Node.js and npm from Debian only when the machine has no node of its own.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

# shellcheck source=lib/apt.sh
. scripts/lib/apt.sh
install_debian_packages "${packages[@]}"

# The lock file pins playwright-core; PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD keeps any install
# hook from reaching for a browser download, which this network does not allow.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
cd tests/browser
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi
