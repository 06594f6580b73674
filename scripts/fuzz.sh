#!/usr/bin/env bash
# Runs a libFuzzer target for a while: scripts/fuzz.sh TARGET|all SECONDS (fuzz/README.md).
# Builds build-fuzz/ with clang on first use. Each target starts from its committed corpus and
# regressions (read-only) and grows a working corpus in build-fuzz/corpus/TARGET; the seed
# documents in ../shared/seeds are added for the text targets when present, never copied into
# the repository. Exits non-zero on a crash, timeout, leak or out-of-memory, naming the input.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(decode_fuzzer outline_fuzzer rule_set_fuzzer check_fuzzer serve_fuzzer)
if [ $# -ne 2 ] || ! [[ $2 =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh TARGET|all SECONDS  (targets: ${targets[*]})" >&2
  exit 2
fi
if [ "$1" = all ]; then
  selected=("${targets[@]}")
elif [[ " ${targets[*]} " == *" $1 "* ]]; then
  selected=("$1")
else
  echo "scripts/fuzz.sh: unknown target '$1' (targets: ${targets[*]})" >&2
  exit 2
fi
seconds=$2

scripts/install-deps.sh --tests
build_dir=${PLANLINT_FUZZ_BUILD_DIR:-build-fuzz}
[ -f "$build_dir/build.ninja" ] ||
  CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPLANLINT_FUZZ=ON -DPLANLINT_BUILD_TESTS=OFF -DPLANLINT_WERROR=ON >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target "${selected[@]}"

# One target: prints its executions; returns libFuzzer's status.
fuzz_one() {
  local target=$1
  local corpus=$build_dir/corpus/$target artifacts=$build_dir/artifacts/$target/
  local log=$build_dir/logs/$target.log
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  local inputs=("$corpus" "fuzz/corpus/$target")
  [ -d "fuzz/regressions/$target" ] && inputs+=("fuzz/regressions/$target")
  local dictionary=fuzz/text.dict
  if [ "$target" = rule_set_fuzzer ]; then
    dictionary=fuzz/rules.dict
  elif [ "$target" = serve_fuzzer ]; then
    dictionary=fuzz/http.dict
  elif [ -d ../shared/seeds ]; then
    inputs+=(../shared/seeds)
  fi
  local status=0 started=$SECONDS
  # One process (the machine's cores are shared); a run longer than 10 s for one input counts
  # as a hang, as does more than 2 GB.
  "$build_dir/fuzz/$target" "${inputs[@]}" -dict="$dictionary" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len=32768 -artifact_prefix="$artifacts" \
    -print_final_stats=1 >"$log" 2>&1 || status=$?
  local executions
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  echo "$target: ${executions:-?} executions in $((SECONDS - started)) s, corpus $(ls "$corpus" | wc -l) inputs (log: $log)"
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$log" >&2
    grep -h "Test unit written to" "$log" >&2 || true
    echo "$target: FAILED (exit $status); replay with: $build_dir/fuzz/$target ARTIFACT" >&2
  fi
  return "$status"
}

failed=0
for target in "${selected[@]}"; do
  fuzz_one "$target" || failed=1
done
exit "$failed"
