#!/usr/bin/env bash
# Opens planlint serve's page in Debian's Chromium, headless, and uses it as a drafter would
# (tests/browser/serve.test.mjs): upload through the file input, the report with the counts of
# check --format json, the annotated copy downloaded, a hostile draft inert, nothing fetched
# from elsewhere.
# Usage: scripts/browser-test-serve.sh [PLANLINT] [DOCX_FIXTURES]
#   (defaults: build/planlint, build/tests/docx-fixtures)
# Exit: 0 passed, 1 failed, 77 skipped because node, npm or chromium is missing (CTest's
# SKIP_RETURN_CODE). The API itself is tested without a browser by tests/serve/api.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
planlint=${1:-build/planlint}
fixtures=${2:-build/tests/docx-fixtures}
chromium=${CHROMIUM:-/usr/bin/chromium}

skip() {
  echo "serve.page.browser: SKIPPED: $1; the API was tested only with curl (serve.api)." \
    "scripts/install-deps.sh --tests installs it." >&2
  exit 77
}
command -v node >/dev/null && command -v npm >/dev/null || skip "node and npm are missing"
[ -x "$chromium" ] || skip "Chromium is missing ($chromium; Debian package chromium)"
# puppeteer-core is pinned by package-lock.json; node_modules/ is not committed.
[ -d node_modules/puppeteer-core ] || npm ci --no-audit --no-fund >&2
exec node tests/browser/serve.test.mjs "$planlint" "$fixtures"
