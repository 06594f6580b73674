#!/usr/bin/env bash
# Peak memory and CPU time of writing the machine-readable reports (json, jsonl, sarif) of
# `planlint check --rules education-plan` where findings are many: the ~100 MB file of repeated
# seeds (one file, ~200,000 findings) and 2,000 drafts in folders (~35 MB, ~80,000 findings).
# A report that holds findings until the end grows with them; a streamed one does not.
#   bench/report.sh [PLANLINT]          (default build/planlint; one run each)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
planlint=${1:-$planlint}
one_file=$(repeated_seeds 100)
drafts=$(draft_set 2000)
for input in "$one_file" "$drafts"; do
  echo "input: $input ($(du -sm "$input" | cut -f1) MB)"
  for format in json jsonl sarif; do
    /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" \
      "$planlint" check --max-file-size 0 --jobs 1 --rules education-plan --format "$format" \
      "$input" >"$out/report.$format" || true
    read -r wall user system rss < <(tail -n 1 "$out/time.txt")
    awk -v f="$format" -v w="$wall" -v u="$user" -v s="$system" -v r="$rss" \
      -v b="$(stat -L -c %s "$out/report.$format")" 'BEGIN {
        printf "  %-6s wall %6.2f s  cpu %6.2f s  peak RSS %6.1f MB  report %6.1f MB\n",
               f, w, u + s, r / 1024, b / 1e6 }'
  done
done
