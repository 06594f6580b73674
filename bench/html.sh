#!/usr/bin/env bash
# The HTML report of 2,000 drafts (copies of the seeds, as bench/batch.sh builds them):
#   - generation time of `--format html` beside plain `--format json` (target: within 1.5×);
#   - the size of each report;
#   - in headless Chromium (Debian's, through puppeteer-core as the browser tests use it), the
#     time from navigation to the report's controls working (its script's mark "planlint-ready";
#     target: under 3 s), to the first paint, and until every document is read
#     (DOMContentLoaded).
#   bench/html.sh [COUNT]   (default 2000; needs a build in build/, node, npm ci, chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
planlint=${PLANLINT:-$planlint}
count=${1:-2000}

drafts=$(draft_set "$count")
echo "$count drafts: $drafts ($(du -sm "$drafts" | cut -f1) MB); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

read -r json_s json_kb < <(measure "$planlint" check --format json --output "$out/report.json" "$drafts")
read -r html_s html_kb < <(measure "$planlint" check --format html --output "$out/report.html" "$drafts")
awk -v j="$json_s" -v h="$html_s" -v jk="$json_kb" -v hk="$html_kb" \
  -v js="$(stat -L -c %s "$out/report.json")" -v hs="$(stat -L -c %s "$out/report.html")" 'BEGIN {
  printf "--format json: %.2f s, %.1f MB, peak RSS %.0f MB\n", j, js / 1e6, jk / 1024
  printf "--format html: %.2f s, %.1f MB, peak RSS %.0f MB (%.2fx the json time, target 1.5x)\n",
         h, hs / 1e6, hk / 1024, (j > 0 ? h / j : 0) }'

[ -d node_modules/puppeteer-core ] || npm ci --no-audit --no-fund >&2
echo "in Chromium, best of 3 loads: $(node bench/page-ready.mjs "$out/report.html" 3) (target: interactive under 3 s)"
