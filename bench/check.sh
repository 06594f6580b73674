#!/usr/bin/env bash
# Throughput and peak memory of `planlint check --rules education-plan` over a ~100 MB file made
# by repeating the seed documents, beside ripgrep with one placeholder pattern on the same file
# (issue 17's yardstick: `rg --pcre2` printing each match's line and column).
#   bench/check.sh [SIZE_MB] [PLANLINT]     (defaults: 100, build/planlint)
# Two figures a command: wall time (best of three) and CPU time (user + system, best of three),
# which shared cores disturb far less; the ratio to rg is taken on CPU time.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
planlint=${2:-$planlint}
input=$(repeated_seeds "${1:-100}")
bytes=$(stat -L -c %s "$input")
echo "input: $input ($((bytes / 1000000)) MB)"

# Prints "cpu_seconds peak_rss_kb" for a command, best of three runs.
measure_cpu() {
  local best="" best_rss="" user system rss
  for _ in 1 2 3; do
    /usr/bin/time -f "%U %S %M" -o "$out/time.txt" "$@" >/dev/null || true
    read -r user system rss < <(tail -n 1 "$out/time.txt")
    local cpu
    cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')
    if [ -z "$best" ] || awk "BEGIN{exit !($cpu < $best)}"; then best=$cpu best_rss=$rss; fi
  done
  echo "$best $best_rss"
}

rg_cpu=""
# cpu_report NAME COMMAND...: CPU seconds, MB/s of CPU time, peak RSS, and the ratio to rg.
cpu_report() {
  local name=$1 cpu rss
  shift
  read -r cpu rss < <(measure_cpu "$@")
  [ -z "$rg_cpu" ] && rg_cpu=$cpu
  awk -v n="$name" -v s="$cpu" -v r="$rss" -v b="$bytes" -v rg="$rg_cpu" 'BEGIN {
    printf "%-48s cpu %6.2f s %7.1f MB/s  %5.2fx rg   peak RSS %6.1f MB\n",
           n, s, b / 1e6 / s, rg / s, r / 1024 }'
}

cpu_report "rg --pcre2 -n --column -o (placeholder)" \
  rg --pcre2 -n --column -o '[xX×]{2,}|_{2,}|某某|○○' "$input"
# The file is past the default --max-file-size (64M).
cpu_report "planlint check --rules education-plan (json)" \
  "$planlint" check --max-file-size 0 --rules education-plan --format json "$input"
cpu_report "planlint check --rules core (json)" \
  "$planlint" check --max-file-size 0 --format json "$input"
cpu_report "planlint outline --format json" \
  "$planlint" outline --max-file-size 0 --format json "$input"
echo "wall time, best of three:"
report "planlint check --rules education-plan (json)" "$bytes" \
  "$planlint" check --max-file-size 0 --rules education-plan --format json "$input"
report "rg -c placeholder pattern" "$bytes" rg -c '[xX×]{2,}|_{2,}|某某|○○' "$input"
