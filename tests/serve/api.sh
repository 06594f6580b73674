#!/usr/bin/env bash
# The JSON API of `planlint serve` over real HTTP (curl on 127.0.0.1): reports equal to
# `planlint check` on the same files, the annotated copy equal to --annotate's, bad input
# answered with a 4xx and the command line's words, the token, the size limit, the timeout,
# the queue bound, and the server still serving after all of it.
#   api.sh PLANLINT SAMPLES_DIR DOCX_FIXTURES DOCX_BAD
set -euo pipefail
planlint=$(realpath "$1") samples=$(realpath "$2") docx=$(realpath "$3") bad=$(realpath "$4")
work=$(mktemp -d)
server_pid=
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
here=$(cd "$(dirname "$0")" && pwd)
source "$here/serve_lib.sh"

failures=0
ok() { echo "ok    $1"; }
fail() { echo "FAIL  $1"; failures=$((failures + 1)); }
expect() {  # expect NAME CONDITION: CONDITION is a shell command line, run by eval
  if eval "$2"; then ok "$1"; else fail "$1"; fi
}
# post PATH OUT [curl options…]: the status code; the body in OUT.
post() {
  local path=$1 out=$2
  shift 2
  curl -s --noproxy '*' -o "$out" -w '%{http_code}' "$@" "$url$path"
}
# planlint check in DIR (so paths are bare names, as uploads are); exit 1 (findings) is fine.
cli() {
  local dir=$1
  shift
  (cd "$dir" && "$planlint" check --no-config "$@") || [ $? -eq 1 ]
}
first_error() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["errors"][0])' "$1"; }

cd "$work"
start_server main --no-config --jobs 2
cp "$samples/faulty-plan.txt" "$samples/clean-plan.txt" "$docx/mixed.docx" .

# Reports: the same bytes as planlint check.
cli . --format json faulty-plan.txt >expected.json
status=$(post /api/check got.json -F file=@faulty-plan.txt)
expect "POST /api/check .txt: 200" '[ "$status" = 200 ]'
expect "POST /api/check .txt: the JSON of check --format json" 'cmp -s expected.json got.json'
cli . --format json faulty-plan.txt mixed.docx clean-plan.txt >expected.json
post /api/check got.json -F file=@faulty-plan.txt -F file=@mixed.docx -F file=@clean-plan.txt >/dev/null
expect "three files, .txt and .docx: the JSON of check, in upload order" 'cmp -s expected.json got.json'
cli . --format json --rules education-plan mixed.docx >expected.json
post "/api/check?rules=education-plan" got.json -F file=@mixed.docx >/dev/null
expect "?rules=education-plan: check --rules education-plan" 'cmp -s expected.json got.json'
post /api/check got.json -F rules=education-plan -F file=@mixed.docx >/dev/null
expect "the rules form field: the same" 'cmp -s expected.json got.json'
cli . --format html --lang en faulty-plan.txt mixed.docx >expected.html
status=$(post "/api/check?format=html&lang=en" got.html -F file=@faulty-plan.txt -F file=@mixed.docx)
expect "?format=html&lang=en: check --format html --lang en" 'cmp -s expected.html got.html'
cli . --format json --lang en faulty-plan.txt >expected.json
post /api/check got.json -H "Accept-Language: en-GB,en;q=0.9,zh;q=0.5" -F file=@faulty-plan.txt >/dev/null
expect "Accept-Language preferring English: --lang en" 'cmp -s expected.json got.json'

# The annotated copy: the bytes --annotate writes.
cli . --annotate expected.docx mixed.docx >/dev/null
headers=$(curl -s --noproxy "*" -D - -o got.docx -F file=@mixed.docx "$url/api/annotate")
expect "POST /api/annotate: the copy --annotate writes" '"$here/same_docx.py" expected.docx got.docx'
expect "the copy is offered as mixed.planlint.docx" 'grep -q "Content-Disposition: attachment; filename=\"mixed.planlint.docx\"" <<<"$headers"'
status=$(post /api/annotate got.json -F file=@faulty-plan.txt)
expect "annotate a .txt: 422 with check's words" '[ "$status" = 422 -a "$(first_error got.json)" = "faulty-plan.txt: --annotate 只能用于 Word 文档（.docx）" ]'
status=$(post /api/annotate got.json -F file=@mixed.docx -F file=@mixed.docx)
expect "annotate two files: 400" '[ "$status" = 400 ]'

# Bad files: 422 and the line planlint check writes on stderr, without its "planlint: 错误: ".
for name in binary.doc password.docx bomb.docx entity.docx malformed.docx; do
  for lang in zh en; do
    expected=$( (cd "$bad" && "$planlint" check --no-config --lang $lang "$name" 2>&1 >/dev/null) |
      sed -E 's/^planlint: (错误|error): //' || true)
    status=$(post "/api/check?lang=$lang" got.json -F "file=@$bad/$name")
    expect "$name ($lang): 422, as check says it" '[ "$status" = 422 -a "$(first_error got.json)" = "$expected" ]'
  done
done

# Broken requests.
status=$(post /api/check got.json -H "Content-Type: multipart/form-data; boundary=XYZ" \
  --data-binary $'--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nno end')
expect "a multipart body cut short: 400" '[ "$status" = 400 ]'
status=$(post /api/check got.json -H "Content-Type: multipart/form-data" --data-binary 'x')
expect "multipart without a boundary: 400" '[ "$status" = 400 ]'
status=$(post /api/check got.json -H "Content-Type: text/plain" --data-binary @faulty-plan.txt)
expect "not multipart: 400 naming the field" '[ "$status" = 400 ] && grep -q '\''字段 file'\'' got.json'
status=$(post /api/check got.json -F other=@faulty-plan.txt)
expect "no field file: 400" '[ "$status" = 400 ]'
status=$(post "/api/check?rules=../../etc/passwd" got.json -F file=@faulty-plan.txt)
expect "a rule set by path: 400, no file read" '[ "$status" = 400 ]'
status=$(post "/api/check?format=pdf" got.json -F file=@faulty-plan.txt)
expect "an unknown format: 400" '[ "$status" = 400 ]'
status=$(curl -s --noproxy "*" -o got.json -w '%{http_code}' "$url/nothing-here")
expect "an unknown path: 404 in JSON" '[ "$status" = 404 ] && grep -q errors got.json'

# Hostile file names: reduced to their last component, escaped where shown, or refused.
status=$(post /api/check got.json -F "file=@faulty-plan.txt;filename=../../etc/faulty-plan.txt")
expect "a path as file name: reported under its last component" '[ "$status" = 200 ] && grep -q '\''"path": "faulty-plan.txt"'\'' got.json'
status=$(post "/api/check?format=html" got.html -F "file=@faulty-plan.txt;filename=<img src=x onerror=alert(1)>.txt")
expect "markup as file name: escaped in the HTML report" '[ "$status" = 200 ] && ! grep -q '\''<img src=x'\'' got.html'
body_with_name() {  # a multipart body whose file name is $1, raw bytes
  printf -- '--B\r\nContent-Disposition: form-data; name="file"; filename="%b"\r\n\r\ntext\r\n--B--\r\n' "$1"
}
for name in 'a\x01b.txt' 'a\xff\xfe.txt' '' '..' "$(printf 'x%.0s' $(seq 300))"; do
  body_with_name "$name" >body.bin
  status=$(post /api/check got.json -H "Content-Type: multipart/form-data; boundary=B" --data-binary @body.bin)
  expect "file name '${name:0:12}': 400" '[ "$status" = 400 ]'
done

# The page: its policy forbids loading from anywhere but this server.
headers=$(curl -s --noproxy "*" -D - -o page.html "$url/?lang=en")
expect "GET /: the page, with a policy allowing requests only to this server" \
  'grep -q "^Content-Security-Policy: default-src '\''none'\''.*connect-src '\''self'\''.*frame-ancestors '\''none'\''" <<<"$headers" && grep -q "<html lang=\"en\">" page.html'

# Still serving after all of it.
status=$(post /api/check got.json -F file=@faulty-plan.txt)
expect "the server still answers" '[ "$status" = 200 ]'
curl -s --noproxy "*" "$url/api/rules" >rules.json
rule_sets_listed() {
  python3 -c '
import json, sys
rules = json.load(open("rules.json"))
ids = [r["id"] for r in rules["rule_sets"]]
sys.exit(0 if rules["default"] == "core" and {"core", "gbt9704", "education-plan"} <= set(ids) else 1)'
}
expect "GET /api/rules lists the shipped sets, core the default" rule_sets_listed
stop_server

# The size limit: a file past it is refused with the words check uses for a stream.
start_server limited --no-config --max-file-size 1K
head -c 2000 /dev/zero | tr '\0' 'x' >big.txt
expected=$( ("$planlint" check --no-config --max-file-size 1K --stdin-filename big.txt - <big.txt 2>&1 >/dev/null) |
  sed -E 's/^planlint: 错误: //' || true)
status=$(post /api/check got.json -F file=@big.txt)
expect "past --max-file-size: 413, as check says it" '[ "$status" = 413 -a "$(first_error got.json)" = "$expected" ]'
head -c 700 big.txt >half.txt
status=$(post /api/check got.json -F file=@half.txt -F file=@half.txt)
expect "two files together past the limit: 413" '[ "$status" = 413 ]'
status=$(post /api/check got.json -F file=@half.txt)
expect "a file within it: 200" '[ "$status" = 200 ]'
stop_server

# The token: required of API requests when set.
printf 's3cret\n' >token
start_server token --no-config --token-file token
status=$(post /api/check got.json -F file=@faulty-plan.txt)
expect "no token: 401" '[ "$status" = 401 ]'
status=$(post /api/check got.json -H "Authorization: Bearer wrong" -F file=@faulty-plan.txt)
expect "a wrong token: 401" '[ "$status" = 401 ]'
status=$(curl -s --noproxy "*" -o got.json -w '%{http_code}' "$url/api/rules")
expect "GET /api/rules without the token: 401" '[ "$status" = 401 ]'
status=$(post /api/check got.json -H "Authorization: Bearer s3cret" -F file=@faulty-plan.txt)
expect "the token: 200" '[ "$status" = 200 ]'
stop_server
status=0
"$planlint" serve --no-config --listen 0.0.0.0:0 >/dev/null 2>refused.err || status=$?
expect "another address without a token: refused, exit 2" '[ "$status" = 2 ] && grep -q -- --token refused.err'

# The queue and the timeout: one check at a time, none waiting; a slow upload holds the one
# place until the timeout cuts it off, and a request meanwhile is turned away with Retry-After.
start_server busy --no-config --jobs 1 --queue 0 --timeout 2
"$here/slow_upload.py" "${url##*:}" 16000 >slow.status 2>slow.started &
slow=$!
for tries in $(seq 100); do [ -s slow.started ] && break; sleep 0.1; done
sleep 0.5  # for the server to read the head and let the request in
headers=$(curl -s --noproxy "*" -D - -o got.json -F file=@faulty-plan.txt "$url/api/check")
expect "past --jobs and --queue: 503 with Retry-After" 'grep -q "^HTTP/1.1 503" <<<"$headers" && grep -qi "^Retry-After: " <<<"$headers"'
wait $slow || true
expect "an upload slower than --timeout: 408" '[ "$(cat slow.status)" = "HTTP/1.1 408 Request Timeout" ]'
status=$(post /api/check got.json -F file=@faulty-plan.txt)
expect "its place is free again: 200" '[ "$status" = 200 ]'
stop_server

[ "$failures" -eq 0 ] || { echo "$failures failed"; exit 1; }
echo "all passed"
