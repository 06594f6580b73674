#!/usr/bin/env bash
# Runs a command in a working folder that no longer exists, where asking for the current path
# fails: a way from outside to make planlint meet an error no command handles, which main's
# last-resort catch must turn into one message.
#   in-deleted-folder.sh COMMAND ARG…
set -euo pipefail
mkdir deleted-folder
cd deleted-folder
rmdir ../deleted-folder
exec "$@"
