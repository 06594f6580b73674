#!/usr/bin/env bash
# `cmake --install` of this build into a temporary prefix: the installed planlint, run from
# another folder, reads the rule sets and names the kind pages of its own prefix, never the
# checkout it was built from (a set removed from the prefix is not found in the checkout).
# Arguments: planlint, source tree, build tree.
source "$(dirname "$0")/lib.sh"
prefix=$work/prefix
cmake --install "$3" --prefix "$prefix" >/dev/null
cd "$work"
grep -q '^theme-safety ' <<<"$("$prefix/bin/planlint" rules list --no-config --rules education-plan)" ||
  fail "the installed planlint finds no rule sets in its prefix"
page=$("$prefix/bin/planlint" rules show --no-config placeholder-letters | sed -n 's/^  docs: *//p')
[ "$page" = "$prefix/share/planlint/docs/rules/placeholder.md" ] && [ -f "$page" ] ||
  fail "rules show names $page"
rm "$prefix/share/planlint/rules/education-plan.yaml"
! "$prefix/bin/planlint" rules list --no-config --rules education-plan >/dev/null 2>&1 ||
  fail "the installed planlint read education-plan from outside its prefix"
[ -f "$prefix/share/man/man1/planlint.1" ] && [ -f "$prefix/share/man/zh_CN/man1/planlint.1" ] &&
  [ -f "$prefix/share/bash-completion/completions/planlint" ] &&
  [ -f "$prefix/share/doc/planlint/README.md" ] || fail "files missing from the prefix"
echo "an installed planlint uses its own prefix"
