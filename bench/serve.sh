#!/usr/bin/env bash
# planlint serve under a crowd (docs/serve.md): 100 uploads of a 200-page .docx at once (curl on
# 127.0.0.1), every one answered with the report `planlint check --format json` writes for it;
# the time from the first request to the last answer, the server's peak RSS against --jobs
# times what one check of the file needs, and the server still answering afterwards.
#   bench/serve.sh [JOBS] [UPLOADS]   (defaults 2 and 100; needs a build in build/,
#                                      PLANLINT=path/to/planlint for another one)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
planlint=$(realpath "${PLANLINT:-$planlint}")
jobs=${1:-2} uploads=${2:-100}
plan=$(realpath "$(plan_200_pages_docx)")
work=$(mktemp -d)
server_pid=
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
source tests/serve/serve_lib.sh

cp "$plan" "$work/plan.docx"
(cd "$work" && "$planlint" check --no-config --format json plan.docx >expected.json) || [ $? -eq 1 ]
/usr/bin/time -f "%M" -o "$work/one.rss" "$planlint" check --no-config --jobs 1 --format json \
  "$work/plan.docx" >/dev/null || true
one_check_kb=$(tail -n 1 "$work/one.rss")
echo "200-page plan: $(stat -L -c %s "$plan") bytes zipped; planlint check of it alone: peak RSS" \
  "$((one_check_kb / 1024)) MB; $(nproc) cores"

# Room in the queue for every upload: the point is that all are answered, in turn.
start_server "$work/server" --no-config --jobs "$jobs" --queue "$uploads" --timeout 120
started=$(date +%s%N)
for ((i = 1; i <= uploads; i++)); do
  curl -s --noproxy '*' -o "$work/$i.json" -w '%{http_code}' -F "file=@$work/plan.docx" \
    "$url/api/check" >"$work/$i.status" &
done
wait_failures=0
for pid in $(jobs -p); do
  [ "$pid" = "$server_pid" ] && continue
  wait "$pid" || wait_failures=$((wait_failures + 1))
done
finished=$(date +%s%N)

correct=0
for ((i = 1; i <= uploads; i++)); do
  [ "$(cat "$work/$i.status")" = 200 ] && cmp -s "$work/expected.json" "$work/$i.json" &&
    correct=$((correct + 1))
done
peak_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$server_pid/status")
alive=$(curl -s --noproxy '*' -o /dev/null -w '%{http_code}' "$url/api/rules")
stop_server

awk -v n="$uploads" -v ok="$correct" -v ns="$((finished - started))" -v j="$jobs" \
  -v peak="$peak_kb" -v one="$one_check_kb" -v alive="$alive" 'BEGIN {
  printf "%d concurrent uploads, --jobs %d: %d answered with the report of check, last answer after %.2f s (%.1f checks/s)\n",
         n, j, ok, ns / 1e9, n / (ns / 1e9)
  printf "server peak RSS %.1f MB = %.2f x (--jobs x one check'"'"'s %.1f MB); afterwards GET /api/rules: %s\n",
         peak / 1024, peak / (j * one), one / 1024, alive
}'
[ "$correct" -eq "$uploads" ] && [ "$alive" = 200 ] && [ "$wait_failures" -eq 0 ]
