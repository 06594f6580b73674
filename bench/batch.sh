#!/usr/bin/env bash
# Batch runs over many small drafts, copies of the seed documents (docs/scale.md):
#   - wall time of `planlint check` over 2,000 drafts with --jobs 1 and --jobs 2;
#   - one 10 KB draft from process start to exit (ICU and rule loading included);
#   - peak memory of --format jsonl over 2,000 and 20,000 drafts, which should be the same;
#   - the 2,000 drafts split into 4 shards, each checked by its own process fed through
#     --files-from - as GNU parallel or Spark's RDD.pipe would, giving the same lines as one run.
#   bench/batch.sh          (needs a build in build/; PLANLINT=path/to/planlint for another one)
# The figures also go to bench/results/batch.txt, which docs/scale.md quotes (tests/docs keep
# the quote equal to the file): commit it with the doc after a new measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
exec > >(tee bench/results/batch.txt)
planlint=${PLANLINT:-$planlint}

set_2000=$(draft_set 2000)
set_20000=$(draft_set 20000)
echo "drafts: $set_2000 ($(du -sm "$set_2000" | cut -f1) MB), $set_20000 ($(du -sm "$set_20000" | cut -f1) MB); $(nproc) cores"

read -r one_job_s one_job_kb < <(measure "$planlint" check --format jsonl --jobs 1 "$set_2000")
read -r two_jobs_s two_jobs_kb < <(measure "$planlint" check --format jsonl --jobs 2 "$set_2000")
awk -v a="$one_job_s" -v b="$two_jobs_s" 'BEGIN {
  printf "2,000 drafts, --jobs 1: %.2f s   --jobs 2: %.2f s   speed-up %.2fx (target 1.7x)\n",
         a, b, (b > 0 ? a / b : 0) }'

ten_kb=$(ls -S "$seeds"/*.txt | while read -r seed; do
  [ "$(stat -L -c %s "$seed")" -le 11000 ] && { echo "$seed"; break; }; done)
echo "one $(stat -L -c %s "$ten_kb")-byte draft, start to exit: $(fastest_ms "$planlint" check --format json "$ten_kb") ms (target 20 ms)"

read -r _ rss_2000 < <(measure "$planlint" check --format jsonl "$set_2000")
read -r _ rss_20000 < <(measure "$planlint" check --format jsonl "$set_20000")
awk -v a="$rss_2000" -v b="$rss_20000" 'BEGIN {
  printf "peak RSS, --format jsonl: 2,000 drafts %.1f MB, 20,000 drafts %.1f MB (%+.1f%%, target within 10%%)\n",
         a / 1024, b / 1024, (b - a) * 100 / a }'

# Shards, as a cluster scheduler hands them out: the sorted list of paths split in 4, each shard
# piped into its own planlint through standard input; together they give one run's lines.
shards="$out/shards"
rm -rf "$shards" && mkdir -p "$shards"
find "$set_2000" -name '*.txt' | sort >"$shards/all.list"
split -n l/4 -d "$shards/all.list" "$shards/shard-"
start=$(date +%s%N)
if command -v parallel >/dev/null; then
  ls "$shards"/shard-?? | parallel --jobs 2 \
    "$planlint check --jobs 1 --format jsonl --fail-on never --files-from - < {} > {}.jsonl"
else
  ls "$shards"/shard-?? | xargs -P 2 -I{} sh -c \
    "\"$planlint\" check --jobs 1 --format jsonl --fail-on never --files-from - < {} > {}.jsonl"
fi
end=$(date +%s%N)
"$planlint" check --format jsonl --fail-on never --files-from "$shards/all.list" >"$shards/one-run.jsonl" || true
grep -hv '^{"summary"' "$shards"/shard-??.jsonl >"$shards/sharded.lines"
grep -v '^{"summary"' "$shards/one-run.jsonl" >"$shards/one-run.lines"
same=$(cmp -s "$shards/sharded.lines" "$shards/one-run.lines" && echo "the same" || echo "NOT the same")
awk -v ms="$(((end - start) / 1000000))" -v n="$(wc -l <"$shards/sharded.lines")" -v same="$same" 'BEGIN {
  printf "4 shards of the 2,000 drafts, 2 at a time: %.2f s, %d lines, %s as one run\n",
         ms / 1000, n, same }'
