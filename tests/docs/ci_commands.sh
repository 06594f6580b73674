#!/usr/bin/env bash
# The command blocks of docs/ci.md and the README a project runs in its drafts repository: the
# config, the baselines, and the workflow's check steps (SARIF, then the gate), as written.
# The workflow's build step must be the README's "Install" (ci_workflow.py checks that).
source "$(dirname "$0")/lib.sh"
repository=$work/drafts-repository
make_drafts "$repository/drafts"
git -C "$work" init -q drafts-repository

cd "$work"
run_block "$(block docs/ci.md ci-project)" >"$work/rules-list"
[ -f "$repository/.planlint.yaml" ] || fail "planlint init wrote no .planlint.yaml"
grep -q '^placeholder-letters ' "$work/rules-list" || fail "planlint rules list listed nothing"

cd "$repository"
run_block "$(block docs/ci.md ci-baseline)"
grep -qx planlint-baseline.json <<<"$(git diff --cached --name-only)" || fail "baseline not added"
planlint check --baseline planlint-baseline.json . >/dev/null ||
  fail "findings left after the baseline"

cd "$repository"
run_block "$(block README.md readme-baseline)" >"$work/readme-baseline.out" 2>&1
grep -q '未发现问题' "$work/readme-baseline.out" || fail "the README's baseline left findings"

# The workflow's steps after the install, in the repository's root as on GitHub.
python3 "$source_dir/tests/docs/ci_workflow.py" "$source_dir" steps >"$work/steps.sh"
run_block "$(cat "$work/steps.sh")" && fail "the gate passed drafts with errors" || true
python3 -c 'import json, sys; log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0" and log["runs"][0]["results"], "empty SARIF"' planlint.sarif
# The README's fixing commands, last since they rewrite the drafts. Each exits 1 while findings
# (or, for --diff, changes) remain, so each line runs on its own; 2 would be a failure.
cd "$repository"
while IFS= read -r command; do
  status=0
  run_block "$command" >"$work/readme-fix.out" 2>&1 || status=$?
  [ "$status" -le 1 ] || fail "'$command' exited $status: $(cat "$work/readme-fix.out")"
done <<<"$(block README.md readme-fix)"
grep -q '已修复' "$work/readme-fix.out" || fail "the README's unsafe --fix fixed nothing"
[ -z "$(planlint check --diff --unsafe-fixes drafts/)" ] || fail "fixes left after the README's --fix"
echo "docs/ci.md and README: the project's commands run as written"
