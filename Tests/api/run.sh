#!/usr/bin/env bash
# Runs schemathesis (all checks) against a live `hire serve` on loopback, over a demo
# workspace, with an admin's API token. Usage: Tests/api/run.sh [HIRE_BINARY]
# Needs `st` (pip install schemathesis==4.32.5, as .ci/run does).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
hire=${1:-${HIRE_BIN:-$here/../../.build/debug/hire}}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$hire" demo --workspace "$work/ws.sqlite" --scorecards "$here/../../Scorecards" --imports "$here/../../Imports" >/dev/null
# An admin and recruiter who is also an interviewer, so every endpoint has something to do.
"$hire" people access 1 --grant admin --grant recruiter --workspace "$work/ws.sqlite" >/dev/null
token=$("$hire" token create --for 1 --name schemathesis --workspace "$work/ws.sqlite" 2>/dev/null)

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$hire" serve --workspace "$work/ws.sqlite" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.2
done

cd "$here"
st --config-file "$here/schemathesis.toml" run "http://127.0.0.1:$port/api/openapi.json" \
    --checks all \
    --header "Authorization: Bearer $token" \
    --suppress-health-check too_slow
