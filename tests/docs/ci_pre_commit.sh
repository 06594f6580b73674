#!/usr/bin/env bash
# docs/ci.md, pre-commit: both .pre-commit-config.yaml forms as written, in a drafts repository
# holding a .txt and a .docx with errors. The remote form points at a copy of this repository's
# hooks file tagged as scripts/release.sh tags a release, so its `rev` must be that tag.
# Arguments: planlint, source tree, a .docx with errors.
source "$(dirname "$0")/lib.sh"
docx_with_errors=$(realpath "$3")
command -v pre-commit >/dev/null || fail "pre-commit is not installed (scripts/install-deps.sh --tests)"
export PRE_COMMIT_HOME=$work/pre-commit-cache

tag=$("$source_dir/scripts/release.sh" --tag-name)
hooks=$work/planlint-repository
mkdir -p "$hooks"
cp "$source_dir/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" init -q
git -C "$hooks" add .pre-commit-hooks.yaml
git -C "$hooks" commit -qm "the hooks of planlint"
git -C "$hooks" tag -a "$tag" -m "planlint $tag"

drafts=$work/drafts
mkdir -p "$drafts"
cd "$drafts"
git init -q
cp "$source_dir/samples/faulty-plan.txt" plan.txt
cp "$source_dir/samples/clean-plan.txt" clean.md
cp "$docx_with_errors" plan.docx

for form in ci-pre-commit ci-pre-commit-local; do
  config=$(block docs/ci.md "$form")
  if [ "$form" = ci-pre-commit ]; then
    grep -Eq "^ +rev: $tag( |$)" <<<"$config" || fail "docs/ci.md pins a rev other than $tag"
  fi
  sed "s|https://git.example.org/tools/planlint|$hooks|" <<<"$config" >.pre-commit-config.yaml
  git add -A
  status=0
  pre-commit run --all-files >"$work/$form.out" 2>&1 || status=$?
  cat "$work/$form.out"
  [ "$status" -eq 1 ] || fail "$form: pre-commit exited $status, not 1 (findings)"
  grep -q '^plan.docx:¶' "$work/$form.out" || fail "$form: no finding in plan.docx"
  grep -q '^plan.txt:7:' "$work/$form.out" || fail "$form: no finding in plan.txt"
  ! grep -q Skipped "$work/$form.out" || fail "$form: the hook was skipped"
done
echo "docs/ci.md: both pre-commit configs check the .txt and the .docx"
