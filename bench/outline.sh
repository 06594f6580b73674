#!/usr/bin/env bash
# Throughput and peak memory of `planlint outline` over a ~100 MB file made by repeating the
# seed documents, with ripgrep over the same file as the yardstick for reading speed.
#   bench/outline.sh [SIZE_MB]        (default 100; needs a build in build/)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
input=$(repeated_seeds "${1:-100}")
bytes=$(stat -c %s "$input")
echo "input: $input ($((bytes / 1000000)) MB)"
# The file is past the default --max-file-size (64M).
report "planlint outline --format json" "$bytes" \
  "$planlint" outline --max-file-size 0 --format json "$input"
report "planlint outline (text)" "$bytes" "$planlint" outline --max-file-size 0 "$input"
report "rg -c (a 一、 heading pattern)" "$bytes" rg -c '^[ \t　]*[一二三四五六七八九十]+、' "$input"
