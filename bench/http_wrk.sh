#!/usr/bin/env bash
# HTTP load with wrk (Debian package) on loopback, as issue 7 states its goals: POST /api/v1/compare with
# three scenarios of 12 releases (>= 10,000 req/s, >= 1/4 of GET /api/v1/health in the same run, p99 <= 5 ms).
# Starts the built server on a free port with a fresh database, 5 s per endpoint (2 threads, 8
# connections), prints wrk's summary and the server's resident memory under load, and stops the server.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
./build/release/cli/relplan serve --port 0 --db "$work/bench.db" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q "serving on" "$work/serve.log" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log")
scenario() {
  printf '{"cadence_months":%s,"first_release":"2018-07-10","first_version":"4.11","releases":12,' "$1"
  printf '"general_months":18,"security_months":36,"calendars":["US","GB-ENG","DE"],"blackouts":["12-20..01-05"]}'
}
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = [[{"scenarios":[$(scenario 6),$(scenario 8),$(scenario 9)]}]]
wrk.headers["Content-Type"] = "application/json"
LUA
echo "== GET /api/v1/health"
wrk -t2 -c8 -d5s --latency "$url/api/v1/health" | grep -E "Requests/sec|50%|99%|Non-2xx|errors"
echo "== POST /api/v1/compare (3 scenarios x 12 releases)"
wrk -t2 -c8 -d5s --latency -s "$work/post.lua" "$url/api/v1/compare" | grep -E "Requests/sec|50%|99%|Non-2xx|errors"
echo "server RSS after the load: $(($(ps -o rss= -p "$server") / 1024)) MiB"
