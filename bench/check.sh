#!/usr/bin/env bash
# Throughput and peak memory of `planlint check --rules education-plan` over a ~100 MB file made
# by repeating the seed documents, beside ripgrep with a placeholder pattern on the same file.
#   bench/check.sh [SIZE_MB]          (default 100; needs a build in build/)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
input=$(repeated_seeds "${1:-100}")
bytes=$(stat -c %s "$input")
echo "input: $input ($((bytes / 1000000)) MB)"
# The file is past the default --max-file-size (64M).
report "planlint check --rules education-plan (json)" "$bytes" \
  "$planlint" check --max-file-size 0 --rules education-plan --format json "$input"
report "planlint check --rules core (json)" "$bytes" \
  "$planlint" check --max-file-size 0 --format json "$input"
report "rg -c placeholder pattern" "$bytes" rg -c '[xX×]{2,}|_{2,}|某某|○○' "$input"
