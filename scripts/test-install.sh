#!/usr/bin/env bash
# What a user installing planlint does, run by CI (.ci/run) as root on Debian 12:
#   1. the README's "Install" block as written: a plain Release build with GCC (no -Werror,
#      tests off) in build-release/, its .deb, `apt-get install` of it;
#   2. the installed planlint from an unrelated folder: --version, rules list, the page
#      `rules show` names, a check of a sample, `man -w`, the completion; then `apt-get
#      remove`, after which nothing of it is left;
#   3. the README's `cmake --install --prefix` into a temporary home, run from there (the .deb
#      is gone, so it must find its rules beside itself);
#   4. the same plain Release build with clang in build-release-clang/, which must build too.
# Set CMAKE_CXX_COMPILER_LAUNCHER=ccache in the environment to reuse a compiler cache.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
fail() {
  echo "scripts/test-install.sh: FAIL: $*" >&2
  exit 1
}
[ "$(id -u)" -eq 0 ] || fail "run as root: it installs and removes the package"
! dpkg-query -W -f='${Status}' planlint 2>/dev/null | grep -q "install ok installed" ||
  fail "planlint is installed already (apt-get remove planlint first)"
block() { python3 "$source_dir/tests/docs/doc_blocks.py" extract "$source_dir/$1" "$2"; }
work=$(mktemp -d "${TMPDIR:-/tmp}/planlint-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
started=$SECONDS

echo "== 1. README \"Install\": Release build with GCC, .deb, apt-get install"
rm -f build-release/planlint_*.deb
# As root, sudo is not needed (nor always installed); apt-get must not ask.
install_block=$(block README.md install-deb | sed -e 's/^sudo apt-get install /apt-get install -y /')
DEBIAN_FRONTEND=noninteractive bash -euo pipefail -c "$install_block"
deb=$(ls build-release/planlint_*_amd64.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "$deb: Depends: $depends"
for library in libicu libzip libspdlog libcpp-httplib; do
  grep -q "$library" <<<"$depends" || fail "Depends lacks $library"
done
# Linked from their archives (PLANLINT_STATIC_DEPS): nothing to depend on at run time.
for library in libyaml-cpp libre2 libpugixml libcmark-gfm; do
  ! grep -q "$library" <<<"$depends" || fail "Depends names $library, which is linked in"
done

echo "== 2. the installed planlint, from an unrelated folder"
cd "$work"
[ "$(command -v planlint)" = /usr/bin/planlint ] || fail "planlint is not /usr/bin/planlint"
planlint --version
planlint --version >version.txt && grep -Eq '^commit: [0-9a-f]{12}' version.txt ||
  fail "--version names no commit"
# Listings are read whole before grep: `grep -q` stops at the first match, and under pipefail
# the SIGPIPE planlint then gets on a longer listing would fail the check.
planlint rules list --no-config >rules.txt && grep -q '^placeholder-letters ' rules.txt ||
  fail "rules list"
page=$(planlint rules show --no-config placeholder-letters | sed -n 's/^  docs: *//p')
[ "$page" = /usr/share/planlint/docs/rules/placeholder.md ] && [ -f "$page" ] ||
  fail "rules show names $page"
cp "$source_dir/samples/faulty-plan.txt" plan.txt
status=0
planlint check --no-config plan.txt >check.out || status=$?
[ "$status" -eq 1 ] && grep -q '^plan.txt:7:13: 错误: ' check.out || fail "check of a sample"
[ "$(man -w planlint)" = /usr/share/man/man1/planlint.1 ] || fail "man -w planlint"
[ "$(man -w -L zh_CN planlint)" = /usr/share/man/zh_CN/man1/planlint.1 ] || fail "Chinese page"
completion=/usr/share/bash-completion/completions/planlint
[ -f "$completion" ] || fail "no $completion"
bash -c "source $completion && complete -p planlint" | grep -q _planlint || fail "completion"
apt-get remove -y -qq planlint >/dev/null
[ ! -e /usr/bin/planlint ] && [ ! -e /usr/share/planlint ] || fail "apt-get remove left files"

echo "== 3. README \"Install\": cmake --install --prefix"
cd "$source_dir"
HOME=$work/home bash -euo pipefail -c "$(block README.md install-prefix)"
installed=$work/home/.local/bin/planlint
cd "$work"
"$installed" rules list --no-config --rules education-plan >rules.txt &&
  grep -q '^theme-safety ' rules.txt ||
  fail "the prefix install finds no rule sets"
page=$("$installed" rules show --no-config placeholder-letters | sed -n 's/^  docs: *//p')
[ "$page" = "$work/home/.local/share/planlint/docs/rules/placeholder.md" ] ||
  fail "the prefix install's rules show names $page"

echo "== 4. plain Release build with clang"
cd "$source_dir"
CC=clang CXX=clang++ cmake -S . -B build-release-clang -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DPLANLINT_BUILD_TESTS=OFF >/dev/null
cmake --build build-release-clang
build-release-clang/planlint --version >/dev/null
echo "scripts/test-install.sh: all passed in $((SECONDS - started)) s"
