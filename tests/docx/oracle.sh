#!/usr/bin/env bash
# LibreOffice as the oracle for automatic numbering: converts every .docx fixture to text with
# one headless soffice run and has docx_oracle compare each with planlint's reading.
#   oracle.sh DOCX_ORACLE FIXTURE_DIR DIVERGENCES.tsv [MORE_DIR...]
set -euo pipefail
tool=$1 fixtures=$2 divergences=$3
shift 3
if ! command -v soffice >/dev/null; then
  echo "SKIP: soffice not found; install libreoffice-writer-nogui (scripts/install-deps.sh --tests)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shopt -s nullglob
documents=("$fixtures"/*.docx)
for dir in "$@"; do documents+=("$dir"/*.docx); done
# A fresh profile per run: no state from an earlier run or another user.
soffice "-env:UserInstallation=file://$work/profile" --headless \
  --convert-to "txt:Text (encoded):UTF8" --outdir "$work/txt" "${documents[@]}" >"$work/log" 2>&1 ||
  { cat "$work/log"; exit 1; }
status=0
for document in "${documents[@]}"; do
  name=$(basename "$document" .docx)
  if [ ! -f "$work/txt/$name.txt" ]; then
    echo "$name: LibreOffice wrote no text (see its log below)"; cat "$work/log"; status=1; continue
  fi
  "$tool" "$work/txt/$name.txt" "$document" "$divergences" || status=1
done
exit $status
