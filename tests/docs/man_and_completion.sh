#!/usr/bin/env bash
# The man pages (docs/man/planlint.1, planlint.zh_CN.1) and the bash completion (built from
# completion/planlint.bash.in) against the program: every option each command's --help lists
# is described in both pages and completed after `--` for that command; `--format` completes
# every format, `--rules` every shipped set; both pages render without a warning.
# (--help is left to the pages' synopsis.) Arguments: planlint, source tree, the built completion file.
source "$(dirname "$0")/lib.sh"
completion=$3
bash_completion=/usr/share/bash-completion/bash_completion
[ -f "$bash_completion" ] || fail "bash-completion is not installed (scripts/install-deps.sh --tests)"

# complete WORD...: what the completion offers for the last word of `planlint WORD...`.
complete_words() {
  bash -c 'source "$1" && source "$2" && shift 2 &&
    COMP_WORDS=(planlint "$@") && COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )) &&
    COMP_LINE="${COMP_WORDS[*]}" && COMP_POINT=${#COMP_LINE} && _planlint &&
    printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_completion" "$completion" "$@"
}

for page in planlint.1 planlint.zh_CN.1; do
  warnings=$(LC_ALL=C.UTF-8 groff -man -ww -Wbreak -z -K utf8 -Tutf8 "$source_dir/docs/man/$page" 2>&1)
  [ -z "$warnings" ] || fail "$page: $warnings"
done

for command in check outline "rules list" "rules show" "rules check" init serve; do
  # shellcheck disable=SC2086 # the command's words
  options=$(planlint $command --help | grep -oE '(^|[ ,])--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z0-9-]+' | sort -u)
  # shellcheck disable=SC2086
  offered=$(complete_words $command --)
  for option in $options; do
    for page in planlint.1 planlint.zh_CN.1; do
      [ "$option" = --help ] && continue
      grep -qF -- "${option//-/\\-}" "$source_dir/docs/man/$page" ||
        fail "$page does not describe $command $option"
    done
    grep -qx -- "$option" <<<"$offered" || fail "the completion does not offer $command $option"
  done
done

formats=$(planlint check --help | sed -n 's/.*report format: \([a-z, ]*\).*/\1/p' | tr -d ,)
[ -n "$formats" ] || fail "no formats in planlint check --help"
offered=$(complete_words check --format "")
for format in $formats; do
  grep -qx "$format" <<<"$offered" || fail "the completion does not offer --format $format"
  grep -qF "$format" "$source_dir/docs/man/planlint.1" || fail "planlint.1 does not name $format"
done
# Offers are read whole before grep -q looks at them: grep stops at its first match, and under
# pipefail the writer's SIGPIPE would fail the test whenever it had more to write.
offered=$(complete_words check --rules "")
for rules_file in "$source_dir"/rules/*.yaml; do
  set_name=$(basename "$rules_file" .yaml)
  grep -qx "$set_name" <<<"$offered" || fail "the completion does not offer --rules $set_name"
done
grep -qx outline <<<"$(complete_words "")" || fail "the completion does not offer the subcommands"
grep -qx show <<<"$(complete_words rules "")" || fail "the completion does not offer rules show"
echo "man pages and completion cover every option, format and rule set"
