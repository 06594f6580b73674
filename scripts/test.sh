#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (CTest running Catch2 and the
# command-line tests). The seed documents are read from ../shared/seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
