#!/usr/bin/env bash
# Opens planlint's HTML report in Debian's Chromium, headless, and checks it through the DOM
# (tests/browser/report.test.mjs): overview counts, theme matrix, highlights, filters, keys,
# hostile text inert, no console error, nothing fetched.
# Usage: scripts/browser-test-report.sh [PLANLINT] [--screenshots DIR]   (default: build/planlint)
# Exit: 0 passed, 1 failed, 77 skipped because node, npm or chromium is missing (CTest's
# SKIP_RETURN_CODE). The structure of the page is checked without a browser by the unit tests
# tagged [html], which always run.
set -euo pipefail
cd "$(dirname "$0")/.."
planlint=${1:-build/planlint}
shift || true
chromium=${CHROMIUM:-/usr/bin/chromium}

skip() {
  echo "report.html.browser: SKIPPED: $1; the HTML report was checked only without a browser" \
    "(unit tests [html]). scripts/install-deps.sh --tests installs it." >&2
  exit 77
}
command -v node >/dev/null && command -v npm >/dev/null || skip "node and npm are missing"
[ -x "$chromium" ] || skip "Chromium is missing ($chromium; Debian package chromium)"
fonts=$(fc-list 2>/dev/null || true)
grep -qi "cjk\|wqy" <<<"$fonts" ||
  echo "report.html.browser: no CJK font installed (fonts-noto-cjk): screenshots would show" \
    "Chinese as empty boxes" >&2
# puppeteer-core is pinned by package-lock.json; node_modules/ is not committed.
[ -d node_modules/puppeteer-core ] || npm ci --no-audit --no-fund >&2
exec node tests/browser/report.test.mjs "$planlint" "$@"
