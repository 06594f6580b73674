# Shared by the benchmark scripts: the repeated-seeds input and best-of-three measurements.
# shellcheck shell=bash

seeds=../shared/seeds
planlint=build/planlint
out=bench/out
mkdir -p "$out"

# Builds (once) a file of about SIZE_MB megabytes by repeating the seed documents; prints its path.
repeated_seeds() {
  local size_mb=$1
  local input="$out/seeds-${size_mb}mb.txt"
  if [ ! -f "$input" ]; then
    local target=$((size_mb * 1000 * 1000))
    : >"$input"
    while [ "$(stat -c %s "$input")" -lt "$target" ]; do cat "$seeds"/*.txt >>"$input"; done
  fi
  cat "$input" >/dev/null  # warm the page cache so every run reads from memory
  echo "$input"
}

# Builds (once) COUNT drafts as bench/out/drafts-COUNT/NNN/NNNNN.txt, 100 per folder, the seeds
# in turn; prints the folder. The first folder is copied file by file, the others as a whole.
draft_set() {
  local count=$1
  local set="$out/drafts-$count"
  if [ ! -f "$set/.complete" ]; then
    rm -rf "$set"
    mkdir -p "$set/000"
    local seed_files=("$seeds"/*.txt) i
    for ((i = 0; i < 100; i++)); do
      cp "${seed_files[i % ${#seed_files[@]}]}" "$(printf '%s/000/%05d.txt' "$set" "$i")"
    done
    for ((i = 1; i < count / 100; i++)); do cp -r "$set/000" "$(printf '%s/%03d' "$set" "$i")"; done
    touch "$set/.complete"  # hidden, so planlint's folder walk skips it
  fi
  find "$set" -type f -exec cat {} + >/dev/null  # warm the page cache
  echo "$set"
}

# Prints "seconds peak_rss_kb" for a command, best of three runs.
measure() {
  local best_seconds="" best_rss="" seconds rss
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >/dev/null || true
    read -r seconds rss < <(tail -n 1 "$out/time.txt")
    if [ -z "$best_seconds" ] || awk "BEGIN{exit !($seconds < $best_seconds)}"; then
      best_seconds=$seconds best_rss=$rss
    fi
  done
  echo "$best_seconds $best_rss"
}

# report NAME BYTES COMMAND...: one line with time, MB/s and peak RSS.
report() {
  local name=$1 bytes=$2 seconds rss
  shift 2
  read -r seconds rss < <(measure "$@")
  awk -v n="$name" -v s="$seconds" -v r="$rss" -v b="$bytes" 'BEGIN {
    mbps = (s > 0) ? b / 1e6 / s : 0
    printf "%-44s %7.2f s %8.1f MB/s   peak RSS %7.1f MB (%.2fx the file)\n",
           n, s, mbps, r / 1024, r * 1024 / b }'
}
