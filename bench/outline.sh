#!/usr/bin/env bash
# Throughput and peak memory of `planlint outline` over a ~100 MB file made by repeating the
# seed documents, with ripgrep over the same file as the yardstick (issue 17: `rg --pcre2` with
# the placeholder pattern, printing every match with its line and column), in one run. CPU time
# (user + system), medians of five runs: the machine's cores are shared.
#   bench/outline.sh [SIZE_MB]        (default 100; needs a build in build/, or PLANLINT=path)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
planlint=${PLANLINT:-$planlint}
input=$(repeated_seeds "${1:-100}")
bytes=$(stat -L -c %s "$input")
pattern=$(placeholder_pattern)
echo "input: $input ($((bytes / 1000000)) MB)"
# The file is past the default --max-file-size (64M).
report_cpu "planlint outline --format json" "$bytes" \
  "$planlint" outline --max-file-size 0 --format json "$input"
report_cpu "planlint outline (text)" "$bytes" "$planlint" outline --max-file-size 0 "$input"
report_cpu "rg --pcre2 -n --column -o -f placeholder.pcre" "$bytes" \
  rg --pcre2 -n --column -o -f "$pattern" "$input"
