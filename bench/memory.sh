#!/usr/bin/env bash
# Peak memory against the size of the input, for the two shapes that strain it: the ~100 MB file
# of repeated seeds (many lines, headings and findings) and 50 MB in one line (5,000 findings),
# made by tests/fixtures/bad-input/make-inputs.sh. Prints CPU time, peak RSS and RSS / file size
# for `outline` and `check` (medians of five runs). `check` runs twice more: with
# bench/few-findings.yaml, a set that finds nothing, which shows what the text, its normalized
# view and the outline hold apart from the findings, and with --jobs 1.
#   bench/memory.sh [SIZE_MB]          (default 100; needs a build in build/, or PLANLINT=path)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
planlint=${PLANLINT:-$planlint}
seeds_input=$(repeated_seeds "${1:-100}")
[ -f "$out/bad-input/one-line-50mb.txt" ] ||
  tests/fixtures/bad-input/make-inputs.sh "$out/bad-input" >/dev/null
one_line=$out/bad-input/one-line-50mb.txt
cat "$one_line" >/dev/null  # warm the page cache
# Both files are past the default --max-file-size (64M) or near it: no limit here.
for input in "$seeds_input" "$one_line"; do
  bytes=$(stat -L -c %s "$input")
  echo "input: $input ($((bytes / 1000000)) MB)"
  report_cpu "planlint outline --format json" "$bytes" \
    "$planlint" outline --max-file-size 0 --format json "$input"
  report_cpu "planlint check --format json (core)" "$bytes" \
    "$planlint" check --max-file-size 0 --format json "$input"
  report_cpu "planlint check --format json (few-findings)" "$bytes" \
    "$planlint" check --no-config --max-file-size 0 --rules bench/few-findings.yaml \
    --format json "$input"
  report_cpu "planlint check --format json --jobs 1" "$bytes" \
    "$planlint" check --max-file-size 0 --jobs 1 --format json "$input"
done
