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
    while [ "$(stat -L -c %s "$input")" -lt "$target" ]; do cat "$seeds"/*.txt >>"$input"; done
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

# Milliseconds from start to exit of the fastest of 20 runs of a command.
fastest_ms() {
  local best="" start end elapsed
  for _ in $(seq 20); do
    start=$(date +%s%N)
    "$@" >/dev/null || true
    end=$(date +%s%N)
    elapsed=$(((end - start) / 1000))
    if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
  done
  awk -v us="$best" 'BEGIN { printf "%.1f", us / 1000 }'
}

# make_docx OUT.docx TEXT_FILE: one paragraph per non-empty line; every 5th numbered 一、, the
# others of those four （一）, as Word would number a plan's headings.
make_docx() {
  local target=$1 text=$2 stage
  stage=$(mktemp -d)
  cp -r tests/fixtures/docx/common/. "$stage/"
  cp tests/fixtures/docx/mixed/word/numbering.xml "$stage/word/"
  awk 'BEGIN {
         print "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
         printf "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
       }
       NF {
         gsub(/&/, "\\&amp;"); gsub(/</, "\\&lt;"); gsub(/>/, "\\&gt;"); gsub(/\r/, "")
         n++
         numbering = ""
         if (n % 20 == 1) numbering = "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
         else if (n % 5 == 1) numbering = "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
         printf "<w:p>%s<w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>\n", numbering, $0
       }
       END { print "</w:body></w:document>" }' "$text" >"$stage/word/document.xml"
  rm -f "$target"
  (cd "$stage" && cmake -E tar cf "$OLDPWD/$target" --format=zip '[Content_Types].xml' _rels word)
  rm -rf "$stage"
}

# Builds (once) a 200-page .docx plan (about 140,000 characters from the seeds, every 5th
# paragraph numbered by Word's automatic numbering) as bench/out/plan-200-pages.docx; prints it.
plan_200_pages_docx() {
  local plan="$out/plan-200-pages.docx"
  if [ ! -f "$plan" ]; then
    : >"$out/plan-200-pages.txt"
    while [ "$(wc -m <"$out/plan-200-pages.txt")" -lt 140000 ]; do
      cat "$seeds"/*.txt >>"$out/plan-200-pages.txt"
    done
    make_docx "$plan" "$out/plan-200-pages.txt"
  fi
  echo "$plan"
}

# report_cpu NAME BYTES COMMAND...: like report, but CPU time (user + system, which the other
# work on a shared machine disturbs far less than wall time), the median of five runs, and the
# largest peak RSS of them.
report_cpu() {
  local name=$1 bytes=$2 cpu rss max_rss=0
  shift 2
  : >"$out/cpu.txt"
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%U %S %M" -o "$out/time.txt" "$@" >/dev/null 2>&1 || true
    read -r cpu rss < <(tail -n 1 "$out/time.txt" | awk '{ print $1 + $2, $3 }')
    echo "$cpu" >>"$out/cpu.txt"
    if [ "$rss" -gt "$max_rss" ]; then max_rss=$rss; fi
  done
  cpu=$(sort -n "$out/cpu.txt" | sed -n 3p)
  awk -v n="$name" -v s="$cpu" -v r="$max_rss" -v b="$bytes" 'BEGIN {
    printf "%-52s cpu %6.2f s %8.1f MB/s   peak RSS %7.1f MB (%.2fx the file)\n",
           n, s, (s > 0 ? b / 1e6 / s : 0), r / 1024, r * 1024 / b }'
}

# The placeholder pattern the issue measures ripgrep with, as a file for `rg -f`.
placeholder_pattern() {
  printf '%s\n' '[xX×]{2,}|_{2,}|某某|○○' >"$out/placeholder.pcre"
  echo "$out/placeholder.pcre"
}
