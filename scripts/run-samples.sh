#!/usr/bin/env bash
# Installs what is missing, builds, and shows the outline of every draft in samples/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
build/planlint outline samples/*.txt
