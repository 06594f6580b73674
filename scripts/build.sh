#!/usr/bin/env bash
# Configures (once) and builds planlint and its tests in build/; incremental afterwards.
# Warnings are errors here (PLANLINT_WERROR), so CI and every developer build keep them out;
# a build tree configured before that option existed is switched on once.
set -euo pipefail
cd "$(dirname "$0")/.."
"$(dirname "$0")/install-deps.sh"
build_dir=${PLANLINT_BUILD_DIR:-build}
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANLINT_WERROR=ON \
    "$@" >/dev/null
elif ! grep -q '^PLANLINT_WERROR:BOOL=ON$' "$build_dir/CMakeCache.txt"; then
  cmake "$build_dir" -DPLANLINT_WERROR=ON >/dev/null
fi
cmake --build "$build_dir" -j "$(nproc)"
