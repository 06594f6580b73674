#!/usr/bin/env bash
# Installs the Debian packages planlint builds and tests with, only when one is missing, so a
# second run costs nothing. Runs as root (as on CI and the development machines) or via sudo.
# `--tests` adds the tools only the test suite needs (fuzzing, LibreOffice, Chromium), which
# the quick start (scripts/run-samples.sh) does without.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  tao-pegtl-dev libicu-dev libyaml-cpp-dev libspdlog-dev libfmt-dev libcli11-dev catch2 libre2-dev
  libzip-dev libpugixml-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libcpp-httplib-dev
  # cpack's .deb: dpkg-shlibdeps computes Depends, `file` finds the binaries to scan
  dpkg-dev file
  ripgrep time
)
if [ "${1:-}" = --tests ]; then
  packages+=(
    # scripts/validate-reports.sh: xmllint for JUnit, Node for the SARIF Multitool and ajv
    libxml2-utils nodejs
    # tests/serve: the API tests upload with curl
    curl
    # tests/accuracy: the shared corpus scorer reads its labels with PyYAML
    python3 python3-yaml
    # libFuzzer targets (scripts/fuzz.sh): clang with its sanitizer and fuzzer runtimes
    clang libclang-rt-14-dev
    # .docx oracle and round trips (tests/docx): LibreOffice headless; Python-UNO to accept or
    # reject every tracked change of a fixed copy
    libreoffice-writer-nogui python3-uno
    # HTML report in a real browser (tests/browser), with a CJK font for its screenshots
    chromium fonts-noto-cjk
    # tests/docs: the docs' commands (GNU parallel, jq, pre-commit, the workflow's YAML),
    # the man pages (groff, man -w) and the bash completion
    parallel jq pre-commit python3-yaml groff-base man-db bash-completion
  )
  # NodeSource's nodejs package carries npm; Debian's nodejs needs Debian's npm beside it.
  command -v npm >/dev/null || packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}" >&2
as_root=()
[ "$(id -u)" -ne 0 ] && as_root=(sudo)
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
  "${missing[@]}" >/dev/null
