#!/usr/bin/env bash
# Runs a command beside huge.txt, a sparse file of 8 GiB, with the address space capped at
# 2 GiB: reading that file whole (with --max-file-size 0) asks for more memory than the cap
# allows, a std::bad_alloc no command handles, which main's last-resort catch must turn into
# one message. The file takes no room on disk and is removed afterwards.
#   with-little-memory.sh COMMAND ARG…
set -uo pipefail
truncate -s 8G huge.txt || exit 99
(ulimit -v 2097152 && exec "$@")
status=$?
rm -f huge.txt
exit "$status"
