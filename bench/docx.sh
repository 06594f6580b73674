#!/usr/bin/env bash
# Word documents (docs/docx.md):
#   - a 200-page .docx plan (about 140,000 characters, every 5th paragraph numbered by Word's
#     automatic numbering): start to exit of `check`, `check --annotate` and `outline`
#     (fastest of 20 runs; target: under 100 ms each on one core);
#   - 2,000 small .docx drafts: throughput of `check --jobs 1` and `--jobs 2`.
# The documents are built from the seed texts (never committed) with the fixtures' package
# parts, zipped by CMake.
#   bench/docx.sh          (needs a build in build/; PLANLINT=path/to/planlint for another one)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
planlint=${PLANLINT:-$planlint}

plan=$(plan_200_pages_docx)
paragraphs=$("$planlint" outline --format json "$plan" | grep -o '"line_count": [0-9]*' | grep -o '[0-9]*')
echo "200-page plan: $plan ($(stat -L -c %s "$plan") bytes zipped, $(wc -m <"$out/plan-200-pages.txt") characters, $paragraphs lines); $(nproc) cores"
echo "check, start to exit:            $(fastest_ms taskset -c 0 "$planlint" check --no-config --jobs 1 "$plan") ms (target 100 ms)"
echo "check --annotate, start to exit: $(fastest_ms taskset -c 0 "$planlint" check --no-config --jobs 1 --annotate "$out/annotated.docx" "$plan") ms (target 100 ms)"
echo "outline, start to exit:          $(fastest_ms taskset -c 0 "$planlint" outline "$plan") ms"
read -r _ rss < <(measure "$planlint" check --no-config --jobs 1 --annotate "$out/annotated.docx" "$plan")
echo "check --annotate peak RSS:       $(awk -v r="$rss" 'BEGIN { printf "%.1f", r / 1024 }') MB"

set_dir="$out/docx-2000"
if [ ! -f "$set_dir/.complete" ]; then
  rm -rf "$set_dir"
  mkdir -p "$set_dir/000"
  seed_files=("$seeds"/*.txt)
  for ((i = 0; i < ${#seed_files[@]}; i++)); do make_docx "$out/seed-$i.docx" "${seed_files[i]}"; done
  for ((i = 0; i < 100; i++)); do
    cp "$out/seed-$((i % ${#seed_files[@]})).docx" "$(printf '%s/000/%05d.docx' "$set_dir" "$i")"
  done
  for ((i = 1; i < 20; i++)); do cp -r "$set_dir/000" "$(printf '%s/%03d' "$set_dir" "$i")"; done
  touch "$set_dir/.complete"
fi
find "$set_dir" -type f -exec cat {} + >/dev/null
bytes=$(du -sb "$set_dir" | cut -f1)
for jobs in 1 2; do
  read -r seconds rss < <(measure "$planlint" check --no-config --format jsonl --jobs "$jobs" "$set_dir")
  awk -v s="$seconds" -v b="$bytes" -v j="$jobs" -v r="$rss" 'BEGIN {
    printf "2,000 .docx drafts, --jobs %d: %.2f s, %.0f files/s, %.1f MB/s zipped, peak RSS %.1f MB\n",
           j, s, 2000 / s, b / 1e6 / s, r / 1024 }'
done
