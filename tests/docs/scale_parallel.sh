#!/usr/bin/env bash
# docs/scale.md, GNU parallel: the shard recipe (nodes.txt naming this machine, `:`), reading
# the results, the `--pipe` recipe and the one-machine recipe, each as written but for the
# archive's path; each must give exactly the lines of one planlint over the same list.
source "$(dirname "$0")/lib.sh"
archive=$work/archive
make_drafts "$archive/drafts"
echo "1/:" >"$archive/nodes.txt"
scale_block() { block docs/scale.md "$1" | sed "s|/archive|$archive|g"; }

cd "$archive"
run_block "$(scale_block scale-shards)"
find "$archive/drafts" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | sort -z >"$work/all.list"
single_run "$work/all.list" --null >"$work/expected"
[ "$(wc -l <"$work/expected")" -eq 7 ] || fail "expected 7 drafts in the archive"
cat work/shards/shard-????.jsonl | grep -v '^{"summary"' | cmp - "$work/expected" ||
  fail "the shards' lines differ from one run's"
grep -q 'planlint check' work/joblog || fail "no joblog"

run_block "$(scale_block scale-results)" >"$work/per-rule"
cmp work/findings.jsonl "$work/expected" || fail "work/findings.jsonl differs from one run's lines"
grep -Eq '^ +[0-9]+ placeholder-letters$' "$work/per-rule" || fail "no count per rule"

run_block "$(scale_block scale-pipe)"
find "$archive/drafts" -type f -name '*.txt' | sort >"$work/txt.list"
single_run "$work/txt.list" >"$work/expected-txt"
grep -v '^{"summary"' work/findings.jsonl | cmp - "$work/expected-txt" ||
  fail "parallel --pipe gave other lines than one run"

# The one-machine recipe runs in a checkout with a build and bench/out/drafts-2000.
checkout=$work/checkout
make_drafts "$checkout/bench/out/drafts-2000"
mkdir -p "$checkout/build"
ln -s "$planlint" "$checkout/build/planlint"
cd "$checkout"
run_block "$(block docs/scale.md scale-one-machine)"
single_run bench/out/shards/all.list >"$work/expected-one-machine"
cat bench/out/shards/shard-??.jsonl | grep -v '^{"summary"' | cmp - "$work/expected-one-machine" ||
  fail "the one-machine shards gave other lines than one run"
echo "docs/scale.md: the GNU parallel recipes give one run's lines"
