#!/usr/bin/env bash
# Runs a command as the user `nobody`, so that a file with mode 000 is unreadable to it even when
# the tests run as root (root reads any file). As another user the mode alone does it, and the
# command runs as it is. Prints "as-nobody: SKIPPED: why" and exits 77 when root cannot switch.
#   as-nobody.sh COMMAND ARG…
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then exec "$@"; fi
skip() {
  echo "as-nobody: SKIPPED: $*" >&2
  exit 77
}
command -v setpriv >/dev/null || skip "setpriv (util-linux) is missing"
id nobody >/dev/null 2>&1 || skip "there is no user nobody"
as_nobody=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups)
"${as_nobody[@]}" test -x "$1" ||
  skip "nobody cannot run $1 (a folder on its path is closed to other users)"
"${as_nobody[@]}" test -r . -a -x . || skip "nobody cannot read the working folder $(pwd)"
exec "${as_nobody[@]}" "$@"
