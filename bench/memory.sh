#!/usr/bin/env bash
# Peak memory against the size of the input, for the two shapes that strain it: the ~100 MB file
# of repeated seeds (many lines, headings and findings) and 50 MB in one line (5,000 findings),
# made by tests/fixtures/bad-input/make-inputs.sh. Prints peak RSS and RSS / file size for
# `outline` and `check` (best of three runs; README, "Limits and bad input", has the figures).
#   bench/memory.sh [SIZE_MB]          (default 100; needs a build in build/)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
seeds_input=$(repeated_seeds "${1:-100}")
[ -f "$out/bad-input/one-line-50mb.txt" ] ||
  tests/fixtures/bad-input/make-inputs.sh "$out/bad-input" >/dev/null
one_line=$out/bad-input/one-line-50mb.txt
cat "$one_line" >/dev/null  # warm the page cache
# Both files are past the default --max-file-size (64M) or near it: no limit here.
for input in "$seeds_input" "$one_line"; do
  bytes=$(stat -c %s "$input")
  echo "input: $input ($((bytes / 1000000)) MB)"
  report "planlint outline --format json" "$bytes" \
    "$planlint" outline --max-file-size 0 --format json "$input"
  report "planlint check --format json (core)" "$bytes" \
    "$planlint" check --max-file-size 0 --format json "$input"
  report "planlint check --format json --jobs 1" "$bytes" \
    "$planlint" check --max-file-size 0 --jobs 1 --format json "$input"
done
