#!/usr/bin/env bash
# The --fix --output-docx round trip through a real client. planlint writes the fixes of a .docx
# into a copy as tracked changes; a second --fix on the copy must fix nothing, the input must come
# out unchanged and no temporary file be left. Then, through LibreOffice (headless):
# - plain: with Python-UNO, accepting all changes must give the golden text (checked by hand),
#   rejecting all of them the original's text, and every change must be planlint's;
# - --annotate-copy DUMP: the findings left go into the same copy as comments (--annotate OUT
#   with OUT the --output-docx); LibreOffice 7.4 crashes loading a document with comments over
#   UNO, so the copy is converted to flat ODF: DUMP (annotation_dump) must list the golden
#   comments, and every tracked change there must be planlint's.
#   fix_roundtrip.sh PLANLINT INPUT.docx GOLDEN [--annotate-copy DUMP] [planlint check options…]
set -euo pipefail
planlint=$1 input=$2 golden=$3
shift 3
dump=
if [ "${1:-}" = --annotate-copy ]; then
  dump=$2
  shift 2
fi
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v soffice >/dev/null; then
  echo "SKIP: soffice not found; install libreoffice-writer-nogui (scripts/install-deps.sh --tests)"
  exit 77
fi
if [ -z "$dump" ] && ! /usr/bin/python3 -c "import uno" 2>/dev/null; then
  echo "SKIP: python3-uno not found (scripts/install-deps.sh --tests)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$input" "$work/input.docx"
cp "$input" "$work/pristine.docx"
annotate=()
[ -n "$dump" ] && annotate=(--annotate "$work/fixed.docx")
status=0
"$planlint" check --no-config --lang en "$@" --fix --unsafe-fixes --output-docx "$work/fixed.docx" \
  "${annotate[@]}" "$work/input.docx" >"$work/report" 2>"$work/stderr" || status=$?
[ "$status" -le 1 ] || { echo "planlint check --fix exited $status"; cat "$work/report" "$work/stderr"; exit 1; }
cmp -s "$work/input.docx" "$work/pristine.docx" || { echo "the input was modified"; exit 1; }
ls -A "$work" | grep -q planlint-tmp && { echo "a temporary file was left behind"; exit 1; }
grep -q ": [1-9][0-9]* fixed as tracked changes" "$work/stderr" ||
  { echo "nothing was fixed:"; cat "$work/stderr"; exit 1; }
"$planlint" check --no-config --lang en "$@" --fix --unsafe-fixes --output-docx "$work/again.docx" \
  "$work/fixed.docx" >/dev/null 2>"$work/again-stderr" || true
grep -q ": 0 fixed as tracked changes" "$work/again-stderr" ||
  { echo "a second --fix changed something:"; cat "$work/again-stderr"; exit 1; }

if [ -n "$dump" ]; then
  soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to fodt \
    --outdir "$work/out" "$work/fixed.docx" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
  [ -f "$work/out/fixed.fodt" ] || { echo "LibreOffice could not open the copy"; cat "$work/log"; exit 1; }
  "$dump" "$work/out/fixed.fodt" >"$work/comments.txt"
  # Every tracked change's author, as LibreOffice read it.
  sed -n '/<text:tracked-changes/,/<\/text:tracked-changes>/p' "$work/out/fixed.fodt" |
    grep -o '<dc:creator>[^<]*' | sed 's/<dc:creator>//' >"$work/authors.txt" || true
  [ -s "$work/authors.txt" ] || { echo "LibreOffice sees no tracked change"; exit 1; }
  if grep -vx planlint "$work/authors.txt"; then echo "changes not by planlint"; exit 1; fi
  if [ -n "${PLANLINT_BLESS:-}" ]; then cp "$work/comments.txt" "$golden"; fi
  diff -u "$golden" "$work/comments.txt"
  echo "$(wc -l <"$work/authors.txt") tracked changes by planlint, comments as the golden file lists"
  exit 0
fi

mkdir "$work/original" "$work/fixed"
/usr/bin/python3 "$here/tracked_changes.py" "$work/profile" "$work/pristine.docx" "$work/original"
/usr/bin/python3 "$here/tracked_changes.py" "$work/profile" "$work/fixed.docx" "$work/fixed"
diff -u "$work/original/accepted.txt" "$work/fixed/rejected.txt" ||
  { echo "rejecting every change does not give the original"; exit 1; }
[ -s "$work/fixed/authors.txt" ] || { echo "LibreOffice sees no tracked change"; exit 1; }
if grep -vx planlint "$work/fixed/authors.txt"; then echo "changes not by planlint"; exit 1; fi
if [ -n "${PLANLINT_BLESS:-}" ]; then cp "$work/fixed/accepted.txt" "$golden"; fi
diff -u "$golden" "$work/fixed/accepted.txt"
echo "$(wc -l <"$work/fixed/authors.txt") tracked changes by planlint; accepted and rejected as expected"
