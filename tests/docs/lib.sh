# Sourced by the tests that run the docs' command blocks (tests/docs/CMakeLists.txt), with
# $1 = the planlint to run and $2 = the source tree. Each test works in a fresh temporary
# folder with its own HOME, and `planlint` on PATH is $1, as if installed.
set -euo pipefail
planlint=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/planlint-docs.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/home/.parallel"
ln -s "$planlint" "$work/bin/planlint"
touch "$work/home/.parallel/will-cite"  # GNU parallel's citation notice, once per user
export HOME=$work/home PATH="$work/bin:$PATH"
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.org
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.org

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# block DOC NAME: the text of the blocks of DOC marked <!-- doc-test: NAME -->.
block() {
  python3 "$source_dir/tests/docs/doc_blocks.py" extract "$source_dir/$1" "$2"
}

# run_block TEXT: runs a block as a reader pasting it into bash would, stopping at the first
# command that fails.
run_block() {
  echo "+ running:" >&2
  sed 's/^/  | /' <<<"$1" >&2
  bash -euo pipefail -c "$1"
}

# make_drafts DIR: a small archive of drafts, the samples in nested folders, one name with a
# space, one Markdown file.
make_drafts() {
  local dir=$1 folder
  for folder in 2024/a 2024/b 2025; do
    mkdir -p "$dir/$folder"
    cp "$source_dir/samples/faulty-plan.txt" "$dir/$folder/faulty-plan.txt"
    cp "$source_dir/samples/clean-plan.txt" "$dir/$folder/clean plan.txt"
  done
  cp "$source_dir/samples/faulty-plan.txt" "$dir/2025/notes.md"
}

# single_run LIST [--null]: the non-summary lines of one planlint over the paths in LIST.
single_run() {
  planlint check --format jsonl --fail-on never "${@:2}" --files-from "$1" | grep -v '^{"summary"'
}
