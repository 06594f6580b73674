#!/usr/bin/env bash
# Validates planlint's machine-readable reports with the tools their consumers trust, over the
# hand-checked goldens of tests/golden/report (every escape, every column unit) and over what
# the built planlint writes for samples/ and for a nasty draft (controls in its findings, a
# control character and a byte that is not UTF-8 in its name):
#   SARIF   Microsoft's SARIF Multitool (`validate`, with the rules of GitHub code scanning), and
#           the SARIF 2.1.0 JSON schema through ajv, because the Multitool passes a file it
#           cannot read (an unknown `level`, say) without a word;
#   JUnit   xmllint --noout;
#   JSON    json, jsonl (line by line) and rdjson parsed by Node.
# Usage: scripts/validate-reports.sh [PLANLINT]   (default: build/planlint)
# Exit: 0 valid, 1 invalid, 77 skipped because node or npm is missing (CTest's SKIP_RETURN_CODE).
set -euo pipefail
cd "$(dirname "$0")/.."
planlint=${1:-build/planlint}

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "validate-reports: SKIPPED: node and npm are missing; the SARIF Multitool and ajv come" \
    "from npm (scripts/install-deps.sh installs nodejs and npm)" >&2
  exit 77
fi
if ! command -v xmllint >/dev/null; then
  echo "validate-reports: xmllint is missing (Debian package libxml2-utils;" \
    "scripts/install-deps.sh installs it)" >&2
  exit 1
fi
# The tools are pinned by package-lock.json; node_modules/ is not committed.
if [ ! -d node_modules/@microsoft/sarif-multitool ] || [ ! -d node_modules/ajv-cli ]; then
  npm ci --no-audit --no-fund >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Nasty input beside the samples: a draft whose findings hold C0 controls, ESC and DEL in their
# excerpts and messages, under a file name with a control character and a byte that is not
# UTF-8 (tests/fixtures/bad-input/rules-controls.yaml makes the findings).
nasty="$work/nasty"$'\x01'$'\xff'".txt"
printf '一、目标\x01\x1b[31m\x7f\x0b\x0c新建xx所学校\t完成\n' >"$nasty"
# planlint exits 1 when it finds errors, which the samples are there to have.
report() {
  local format=$1 output=$2
  "$planlint" check --rules education-plan --format "$format" samples/*.txt >"$output" ||
    [ $? -eq 1 ]
  "$planlint" check --rules tests/fixtures/bad-input/rules-controls.yaml --format "$format" \
    "$nasty" >"$output.nasty" || [ $? -eq 1 ]
}
report sarif "$work/samples.sarif.json"
report junit "$work/samples.junit.xml"
report json "$work/samples.json"
report jsonl "$work/samples.jsonl"
report rdjson "$work/samples.rdjson"
golden=tests/golden/report
# The Multitool's npm wrapper hands its arguments to a shell and ajv picks a parser by file
# extension, so every SARIF file is checked under a plain name ending in .json.
cp "$golden/sample.sarif" "$work/golden.sarif.json"
cp "$work/samples.sarif.json.nasty" "$work/nasty.sarif.json"
sarif_files=("$work/samples.sarif.json" "$work/golden.sarif.json" "$work/nasty.sarif.json")

failed=0
echo "== SARIF Multitool" >&2
# Files first: an option that takes a list would swallow them.
npx --no-install sarif-multitool validate "${sarif_files[@]}" --rule-kind '"Sarif;Gh"' \
  --output "$work/multitool.sarif" --log ForceOverwrite >&2
# The Multitool exits 0 whatever it finds; its verdict is its own SARIF log.
node -e '
  const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const errors = log.runs.flatMap((run) => [
    ...(run.results ?? []).filter((result) => result.level === "error"),
    ...(run.invocations ?? []).flatMap((invocation) => [
      ...(invocation.toolExecutionNotifications ?? []),
      ...(invocation.toolConfigurationNotifications ?? []),
    ]).filter((notification) => notification.level === "error"),
  ]);
  console.error(`sarif-multitool: ${errors.length} error(s)`);
  process.exit(errors.length === 0 ? 0 : 1);
' "$work/multitool.sarif" || failed=1

echo "== SARIF 2.1.0 JSON schema (ajv)" >&2
# The schema the Multitool itself ships, in its package for this platform.
schemas=(node_modules/@microsoft/sarif-multitool-*/sarif-2.1.0.json)
for file in "${sarif_files[@]}"; do
  npx --no-install ajv validate --spec=draft2020 -c ajv-formats --errors=text \
    -s "${schemas[0]}" -d "$file" >&2 || failed=1
done

echo "== JUnit XML (xmllint)" >&2
for file in "$work/samples.junit.xml" "$work/samples.junit.xml.nasty" "$golden/sample.junit.xml"; do
  xmllint --noout "$file" && echo "$file well-formed" >&2 || failed=1
done

echo "== JSON (node)" >&2
node -e '
  const fs = require("fs");
  let failed = false;
  for (const file of process.argv.slice(1)) {
    const text = fs.readFileSync(file, "utf8");
    const documents = /\.jsonl(\.nasty)?$/.test(file) ? text.split("\n").filter((line) => line !== "") : [text];
    try {
      documents.forEach((document) => JSON.parse(document));
      console.error(`${file} parses (${documents.length} JSON value(s))`);
    } catch (error) {
      console.error(`${file}: ${error.message}`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
' "$work/samples.json" "$work/samples.jsonl" "$work/samples.rdjson" \
  "$work/samples.json.nasty" "$work/samples.jsonl.nasty" "$work/samples.rdjson.nasty" \
  "$golden/sample.json" "$golden/sample.jsonl" "$golden/sample.rdjson" || failed=1

if [ "$failed" -ne 0 ]; then
  echo "validate-reports: FAILED" >&2
  exit 1
fi
echo "validate-reports: all reports valid" >&2
