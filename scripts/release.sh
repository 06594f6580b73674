#!/usr/bin/env bash
# Tags a release: `v` and the version of CMakeLists.txt's project(), on HEAD, annotated. This is
# the tag docs/ci.md pins (pre-commit's `rev`, the workflow's clone), so a release is made here
# and nowhere by hand.
#   scripts/release.sh              checks the tree is committed and the tag new, then tags
#   scripts/release.sh --tag-name   prints the tag the release of this version gets
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^project(planlint VERSION \([0-9][0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || { echo "scripts/release.sh: no version in CMakeLists.txt" >&2; exit 2; }
tag=v$version
if [ "${1:-}" = --tag-name ]; then
  echo "$tag"
  exit 0
fi
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "scripts/release.sh: commit or stash your changes first" >&2
  exit 2
fi
if git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
  echo "scripts/release.sh: $tag exists already; raise the version in CMakeLists.txt" >&2
  exit 2
fi
git tag -a "$tag" -m "planlint $version"
echo "tagged $tag on $(git rev-parse --short HEAD); push it with: git push origin $tag"
