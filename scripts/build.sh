#!/usr/bin/env bash
# Configures (once) and builds planlint and its tests in build/; incremental afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
"$(dirname "$0")/install-deps.sh"
build_dir=${PLANLINT_BUILD_DIR:-build}
[ -f "$build_dir/build.ninja" ] ||
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
