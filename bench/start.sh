#!/usr/bin/env bash
# Start to exit: `planlint check` of one 10 KB draft with each shipped rule set, beside ripgrep
# with the placeholder pattern on the same file; then a user's own set (one extending
# education-plan) with its examples remembered in the cache folder and, for comparison, with
# no cache (so verified at every start). Medians of RUNS runs each (default 21), after a warm-up.
#   bench/start.sh [PLANLINT] [RUNS]    (default build/planlint; a Release build is what counts)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
planlint=${1:-$planlint}
runs=${2:-21}

# The first whole lines of the seeds up to 10,000 bytes.
draft="$out/draft-10kb.txt"
LC_ALL=C awk '{ size += length($0) + 1; if (size > 10000) exit; print }' "$seeds"/*.txt >"$draft"
user_set="$out/user-set.yaml"
cat >"$user_set" <<'YAML'
name: user-set
extends: [education-plan]
rules:
  - id: user-sample-residue
    kind: phrase
    severity: warning
    message: 样稿残留“{match}”
    phrases: [范文, 样稿]
    examples:
      hit: [学校工作计划范文]
      miss: [学校工作计划]
YAML
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT

# median_ms COMMAND...: the median wall time and the median CPU time (user + system, which a
# machine shared with other jobs disturbs less) of RUNS runs, in milliseconds.
median_ms() {
  python3 - "$runs" "$@" <<'PY'
import os, statistics, subprocess, sys, time
runs, command = int(sys.argv[1]), sys.argv[2:]
def once():
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    return (time.perf_counter() - start) * 1000, (usage.ru_utime + usage.ru_stime) * 1000
once()
wall, cpu = zip(*(once() for _ in range(runs)))
print(f"wall {statistics.median(wall):6.1f} ms   cpu {statistics.median(cpu):6.1f} ms")
PY
}

echo "draft: $draft ($(stat -L -c %s "$draft") bytes), $runs runs each, median"
for set in core gbt9704 education-plan; do
  printf '%-52s %s\n' "planlint check --rules $set" \
    "$(median_ms "$planlint" check --no-config --rules "$set" "$draft")"
done
printf '%-52s %s\n' "planlint check --rules user-set.yaml (cached)" \
  "$(PLANLINT_CACHE_DIR=$cache median_ms "$planlint" check --no-config --rules "$user_set" "$draft")"
printf '%-52s %s\n' "planlint check --rules user-set.yaml (no cache)" \
  "$(PLANLINT_CACHE_DIR='' median_ms "$planlint" check --no-config --rules "$user_set" "$draft")"
printf '%-52s %s\n' "rg -c placeholder pattern" \
  "$(median_ms rg -c '[xX×]{2,}|_{2,}|某某|○○' "$draft")"
