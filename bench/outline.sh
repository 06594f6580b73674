#!/usr/bin/env bash
# Throughput and peak memory of `planlint outline` over a ~100 MB file made by repeating the
# seed documents, with ripgrep over the same file as the yardstick for reading speed.
#   bench/outline.sh [SIZE_MB]        (default 100; needs a build in build/)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-100}
seeds=../shared/seeds
planlint=build/planlint
out=bench/out
mkdir -p "$out"
input="$out/seeds-${size_mb}mb.txt"

if [ ! -f "$input" ]; then
  target=$((size_mb * 1000 * 1000))
  : >"$input"
  while [ "$(stat -c %s "$input")" -lt "$target" ]; do cat "$seeds"/*.txt >>"$input"; done
fi
bytes=$(stat -c %s "$input")
cat "$input" >/dev/null  # warm the page cache so every run reads from memory

# Prints "seconds peak_rss_kb" for a command, best of three runs.
measure() {
  local best_seconds="" best_rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >/dev/null
    read -r seconds rss <"$out/time.txt"
    if [ -z "$best_seconds" ] || awk "BEGIN{exit !($seconds < $best_seconds)}"; then
      best_seconds=$seconds best_rss=$rss
    fi
  done
  echo "$best_seconds $best_rss"
}

report() {
  local name=$1 seconds=$2 rss_kb=$3
  awk -v n="$name" -v s="$seconds" -v r="$rss_kb" -v b="$bytes" 'BEGIN {
    mbps = (s > 0) ? b / 1e6 / s : 0
    printf "%-34s %8.2f s %9.1f MB/s   peak RSS %7.1f MB (%.2fx the file)\n",
           n, s, mbps, r / 1024, r * 1024 / b }'
}

echo "input: $input ($(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB)"
read -r s r < <(measure "$planlint" outline --format json "$input"); report "planlint outline --format json" "$s" "$r"
read -r s r < <(measure "$planlint" outline "$input"); report "planlint outline (text)" "$s" "$r"
read -r s r < <(measure rg -c '^[ \t　]*[一二三四五六七八九十]+、' "$input"); report "rg -c (cn heading pattern)" "$s" "$r"
read -r s r < <(measure rg -c 'x' "$input"); report "rg -c x (reading speed)" "$s" "$r"
