#!/usr/bin/env bash
# Installs what is missing, builds, and shows the outline and the findings of every draft in samples/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
build/planlint outline samples/*.txt
# A faulty draft has findings, so check exits 1 by design; show them all the same.
build/planlint check --rules education-plan samples/*.txt || [ $? -eq 1 ]
