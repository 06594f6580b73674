#!/usr/bin/env bash
# Runs a command in a working folder that no longer exists, where asking for the current path
# fails: planlint must still check what it is given by absolute path, placing nothing relative
# to a folder it cannot name.
#   in-deleted-folder.sh COMMAND ARG…
set -euo pipefail
mkdir deleted-folder
cd deleted-folder
rmdir ../deleted-folder
exec "$@"
