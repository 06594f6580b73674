# Shared by the serve tests and bench/serve.sh: start `planlint serve` on a free loopback port
# and stop it again. Source it; it defines start_server, stop_server and $url.

# start_server LOG_PREFIX [planlint serve options…]: starts the server in the background on
# 127.0.0.1 port 0, waits (at most 10 s) for the address it prints, and sets $url and
# $server_pid. Stopped by stop_server, or at exit.
start_server() {
  local prefix=$1
  shift
  "$planlint" serve --listen 127.0.0.1:0 "$@" >"$prefix.out" 2>"$prefix.err" &
  server_pid=$!
  url=
  local tries
  for tries in $(seq 100); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$prefix.out" 2>/dev/null || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$url" ]; then
    echo "planlint serve did not start:"
    cat "$prefix.err"
    exit 1
  fi
  url=${url%/}
}

# stop_server: SIGTERM, then the exit code must be 0 (a clean stop).
stop_server() {
  kill -TERM "$server_pid"
  local status=0
  wait "$server_pid" || status=$?
  server_pid=
  [ "$status" -eq 0 ] || { echo "planlint serve exited $status after SIGTERM"; exit 1; }
}
