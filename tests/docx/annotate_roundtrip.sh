#!/usr/bin/env bash
# The --annotate round trip through a real client: planlint writes an annotated copy of a .docx,
# LibreOffice (headless, fresh profile) opens it and saves it as flat ODF, and annotation_dump
# lists the comments LibreOffice found with the text each is anchored on; that list must equal
# the golden file (checked by hand). The input must come out unchanged.
#   annotate_roundtrip.sh PLANLINT ANNOTATION_DUMP INPUT.docx GOLDEN [planlint check options…]
set -euo pipefail
planlint=$1 dump=$2 input=$3 golden=$4
shift 4
if ! command -v soffice >/dev/null; then
  echo "SKIP: soffice not found; install libreoffice-writer-nogui (scripts/install-deps.sh --tests)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$input" "$work/input.docx"
cp "$input" "$work/pristine.docx"
status=0
"$planlint" check --no-config "$@" --annotate "$work/annotated.docx" "$work/input.docx" \
  >"$work/report" || status=$?
[ "$status" -le 1 ] || { echo "planlint check --annotate exited $status"; cat "$work/report"; exit 1; }
cmp -s "$work/input.docx" "$work/pristine.docx" || { echo "the input was modified"; exit 1; }
ls -A "$work" | grep -q planlint-tmp && { echo "a temporary file was left behind"; exit 1; }
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to fodt \
  --outdir "$work/out" "$work/annotated.docx" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
[ -f "$work/out/annotated.fodt" ] || { echo "LibreOffice could not open the annotated copy"; cat "$work/log"; exit 1; }
"$dump" "$work/out/annotated.fodt" >"$work/comments.txt"
if [ -n "${PLANLINT_BLESS:-}" ]; then cp "$work/comments.txt" "$golden"; fi
diff -u "$golden" "$work/comments.txt"
echo "$(grep -c '^planlint | ' "$work/comments.txt") planlint comments, as the golden file lists"
