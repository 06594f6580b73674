#!/usr/bin/env bash
# docs/scale.md, Spark: the PySpark code as written (but for the archive's path), run with
# tests/docs/pyspark, which starts planlint exactly as PySpark's RDD.pipe does: with nothing of
# the environment but what `env` holds. Its lines must be those of one planlint over the list.
source "$(dirname "$0")/lib.sh"
archive=$work/archive
make_drafts "$archive/drafts"
mkdir -p "$archive/work"
find "$archive/drafts" -type f \( -name '*.txt' -o -name '*.md' \) -print | sort \
  >"$archive/work/all-paths.txt"
single_run "$archive/work/all-paths.txt" >"$work/expected"
{
  block docs/scale.md scale-rdd-pipe | sed "s|/archive|$archive|g"
  cat <<CHECK
# The test's checks, on the variables of the code above.
expected = open("$work/expected", encoding="utf-8").read().splitlines()
assert [json.dumps(d, ensure_ascii=False) for d in drafts.collect()] == \
    [json.dumps(json.loads(line), ensure_ascii=False) for line in expected], "other lines"
assert dict(per_rule)["placeholder-letters"] > 0, per_rule
assert unread == [], unread
CHECK
} >"$work/archive_job.py"
cd "$work"
PYTHONPATH=$source_dir/tests/docs python3 archive_job.py || fail "the RDD.pipe code failed"
ls "$archive/work/drafts-with-errors/part-00000" >/dev/null
echo "docs/scale.md: RDD.pipe gives one run's lines"
