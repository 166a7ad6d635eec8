#!/usr/bin/env bash
# Rewrites the README's committed screenshots (docs/screenshots/*.png) by running the browser tests with
# SEALGUARD_UPDATE_SCREENSHOTS=1. An ordinary test run writes them to artifacts/screenshots instead, so it never
# changes the tree. Review the new pictures (git diff --stat docs/screenshots) before committing them.
#
# Usage: bash scripts/update-screenshots.sh [test options...]
#   e.g. bash scripts/update-screenshots.sh --filter-class 'SealGuard.BrowserTests.Shop.*'
# Needs Debian's chromium (/usr/bin/chromium) and CJK fonts (fonts-noto-cjk), as the browser tests do.
set -euo pipefail

cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "==> Building tests/SealGuard.BrowserTests"
dotnet build tests/SealGuard.BrowserTests -nologo -v q
echo "==> Running the browser tests, writing docs/screenshots"
SEALGUARD_UPDATE_SCREENSHOTS=1 dotnet test --project tests/SealGuard.BrowserTests --no-build "$@"
git status --short docs/screenshots
