#!/usr/bin/env bash
# Team-server benchmark: a release `hire serve` on loopback over the 100,000-candidate slate
# workspace plus 50 interviewers with logins and 1,000 interviews, a hiring manager and a recruiter
# with logins and an opening with 1,000 candidates (Benchmarks/serve-generate.sql). Three parts:
#
# interviews (issue 17):
#  1. wrk, 32 connections for 20 s each: GET /healthz, then signed in as an interviewer with 20
#     scheduled interviews GET /interviews (My interviews) and GET /interviews/{id}/scorecard.
#  2. A bounded submit loop: 1,000 scorecard POSTs from 8 concurrent clients, one for each of the
#     1,000 interviews of the 50 interviewers (Benchmarks/serve_client.py), then a count check:
#     exactly one scorecard per interview, none lost, none twice.
#  Targets: My interviews and the form page at >= 25% of /healthz throughput, p99 < 50 ms;
#  server peak RSS < 150 MB. Both pages are measured twice: as they are, then while another
#  process commits a change ten times a second (each change makes the kept pages stale).
# pages (issue 18), same server, wrk 32 connections, with a 30 s request timeout so that slow
#  answers count in the latencies instead of being dropped as wrk's 2 s timeouts:
#     GET /openings/BENCH-1000/slate (the slate page, signed in as the opening's hiring manager),
#     GET /api/v1/slate/bench-ae?opening=BENCH-1000 (the same slate, the manager's API token),
#     GET /candidates and GET /candidates?after=90000 (the candidates list, first page and a page
#     deep in the cursor, signed in as a recruiter). Before each, one request alone (median of 5).
#  Targets: p99 < 100 ms for each; server peak RSS < 200 MB.
# upload (issue 18): a 70 MB HR-XML feed (Benchmarks/feedgen.py 9100), 3 rounds each of
#  `hire import FEED` into a fresh workspace and `POST /api/v1/imports` of the same file with curl
#  to a fresh `hire serve` over a fresh workspace (a recruiter's token, `-H 'Expect:'`), alternated; once more with
#  curl's default `Expect: 100-continue`, which the server does not answer (curl then waits 1 s before sending).
#  Target: the API's speed (MB/s, curl's total time) >= 80% of `hire import`'s (wall time of the
#  process), medians of the 3 rounds; both import every record; server peak RSS < 200 MB.
# Prints PASS/MISS for each target.
# Usage: Benchmarks/serve.sh [seconds] [part ...]   (default 20 s and all parts: interviews pages
#   upload; e.g. `Benchmarks/serve.sh 20 pages`; the workspaces and the feed are cached in Benchmarks/data/)
# HIRE_BIN=path/to/release/hire skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
shift || true
parts=" ${*:-interviews pages upload} "
want() { [[ "$parts" == *" $1 "* ]]; }
data=Benchmarks/data
base_ws="$data/slate.sqlite"
ws="$data/serve.sqlite"
password="benchmark password 2026"
mkdir -p "$data"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

if [ -z "${HIRE_BIN:-}" ]; then
  swift build -c release --product hire >/dev/null
  HIRE_BIN="$(swift build -c release --show-bin-path)/hire"
fi
hire="$HIRE_BIN"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

verdict() { if [ "$(echo "$2" | bc -l)" = 1 ]; then echo "PASS  $1"; else echo "MISS  $1"; fi; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# start_server WORKSPACE LOG: starts `hire serve` on a free port; sets server (pid) and url
start_server() {
  local port
  port=$(free_port)
  url="http://127.0.0.1:$port"
  "$hire" serve --workspace "$1" --port "$port" 2>"$2" &
  server=$!
  for _ in $(seq 100); do curl -fs "$url/healthz" >/dev/null && return; sleep 0.1; done
  echo "the server did not start"; exit 1
}
stop_server() { kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
peak_rss_kb() { awk '/VmHWM/ {print $2}' "/proc/$server/status"; }
# settle: waits (up to 180 s) until the server uses < 5% of a core, so that work left over from an
# aborted wrk run (requests still being answered) does not count against the next run
settle() {
  local a b
  for _ in $(seq 180); do
    a=$(awk '{print $14 + $15}' "/proc/$server/stat"); sleep 1; b=$(awk '{print $14 + $15}' "/proc/$server/stat")
    if [ $((b - a)) -lt 5 ]; then return 0; fi
  done
  echo "(the server was still busy after 180 s)"
}

declare -A rps p99 one
# run NAME PATH [wrk options...]: wrk for $seconds s with the given headers (default: the session
# cookie); prints and keeps req/s and p99 (ms)
run() {
  local name=$1 path=$2 out
  shift 2
  [ $# -gt 0 ] || set -- -H "Cookie: hire_session=$cookie"
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "$@" "$url$path")
  echo "== $name ($path)"
  echo "$out" | grep -E 'requests in|Requests/sec|Latency  |  50%|  99%|Non-2xx|Socket errors'
  rps[$name]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99[$name]=$(echo "$out" | awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else if (v ~ /m$/) {sub(/m/, "", v); v *= 60000} else if (v ~ /s$/) {sub(/s/, "", v); v *= 1000}; print v}')
  [ -n "${p99[$name]}" ] || p99[$name]=0
  if echo "$out" | grep -q Non-2xx; then echo "MISS: $name answered non-2xx"; fi
}
# alone NAME PATH HEADER: one request at a time, 5 times; keeps the median total time (ms)
alone() {
  local times=()
  for _ in 1 2 3 4 5; do
    times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "$3" "$url$2")")
  done
  one[$1]=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | awk '{printf "%.1f", $1 * 1000}')
  echo "== $1 alone: median of 5 ${one[$1]} ms (${times[*]} s)"
}

if want interviews || want pages; then
  if [ ! -f "$base_ws" ]; then   # the slate benchmark's workspace, made the same way as there
    echo "generating $base_ws ..."
    "$hire" init --workspace "$base_ws.tmp" >/dev/null
    "$hire" roles load Benchmarks/slate-role.yaml --workspace "$base_ws.tmp" >/dev/null
    sqlite3 "$base_ws.tmp" < Benchmarks/slate-generate.sql
    mv "$base_ws.tmp" "$base_ws"
  fi

  # A fresh copy each run: the submit loop writes 1,000 scorecards.
  rm -f "$ws" "$ws-wal" "$ws-shm"
  cp "$base_ws" "$ws.tmp"
  sqlite3 "$ws.tmp" < Benchmarks/serve-generate.sql
  for i in $(seq 5 54); do
    echo "$password" | "$hire" user add "i$i@example.com" --grant interviewer --password-stdin --workspace "$ws.tmp" >/dev/null
  done
  echo "$password" | "$hire" user add m55@example.com --grant hiring-manager --password-stdin --workspace "$ws.tmp" >/dev/null
  echo "$password" | "$hire" user add r56@example.com --grant recruiter --password-stdin --workspace "$ws.tmp" >/dev/null
  token=$("$hire" token create --for m55@example.com --name serve-benchmark --workspace "$ws.tmp" 2>/dev/null)
  mv "$ws.tmp" "$ws"
  sqlite3 "$ws" "SELECT 'candidates', count(*) FROM candidate; SELECT 'interviews', count(*) FROM interview; SELECT 'scorecards', count(*) FROM scorecard; SELECT 'logins', count(*) FROM account; SELECT 'opening BENCH-1000 candidates', count(*) FROM candidate WHERE openingId = 'BENCH-1000';" | tr '|' ' '

  start_server "$ws" "$data/serve-access.log"
  trap stop_server EXIT
fi

if want interviews; then
  cookie=$(python3 Benchmarks/serve_client.py login "$url" i5@example.com "$password")
  form=$(sqlite3 "$ws" "SELECT min(id) FROM interview WHERE interviewerId = 5")
  echo "interviewer 5: $(sqlite3 "$ws" "SELECT count(*) FROM interview WHERE interviewerId = 5") scheduled interviews; the form is interview $form"
  run healthz /healthz
  run interviews /interviews
  run form "/interviews/$form/scorecard"
  # The pages are kept until the workspace changes (ResponseCache): the same two again while
  # another process commits a change ten times a second, far busier than any hiring team.
  # (A real change: SQLite commits nothing for an UPDATE that leaves the row as it was.)
  (while :; do sqlite3 "$ws" "UPDATE interview SET location = CASE location WHEN 'Room A' THEN 'Room B' ELSE 'Room A' END WHERE id = (SELECT max(id) FROM interview)"; sleep 0.1; done) &
  writer=$!
  run interviews-changing /interviews
  run form-changing "/interviews/$form/scorecard"
  kill "$writer"; wait "$writer" 2>/dev/null || true

  before=$(sqlite3 "$ws" "SELECT count(*) FROM scorecard")
  python3 Benchmarks/serve_client.py submit "$url" "$ws" "$password" 1000 8
  rss_kb=$(peak_rss_kb)

  echo "== count check"
  sqlite3 "$ws" "SELECT 'new scorecards', count(*) - $before FROM scorecard;
    SELECT 'interviews with exactly one', count(*) FROM (SELECT i.id FROM interview i JOIN scorecard s ON s.candidateId = i.candidateId AND s.roundId = i.roundId AND s.interviewerId = i.interviewerId WHERE i.interviewerId BETWEEN 5 AND 54 GROUP BY i.id HAVING count(*) = 1);
    SELECT 'interviews with none or several', count(*) FROM interview i WHERE i.interviewerId BETWEEN 5 AND 54 AND (SELECT count(*) FROM scorecard s WHERE s.candidateId = i.candidateId AND s.roundId = i.roundId AND s.interviewerId = i.interviewerId) != 1;
    SELECT 'ratings of the new scorecards', count(*) FROM rating r JOIN scorecard s ON s.id = r.scorecardId WHERE s.interviewerId BETWEEN 5 AND 54;" | tr '|' ' '
  new=$(sqlite3 "$ws" "SELECT count(*) - $before FROM scorecard")
  bad=$(sqlite3 "$ws" "SELECT count(*) FROM interview i WHERE i.interviewerId BETWEEN 5 AND 54 AND (SELECT count(*) FROM scorecard s WHERE s.candidateId = i.candidateId AND s.roundId = i.roundId AND s.interviewerId = i.interviewerId) != 1")

  echo "== targets (interviews, issue 17)"
  for page in interviews form interviews-changing form-changing; do
    ratio=$(echo "${rps[$page]} / ${rps[healthz]}" | bc -l)
    verdict "$page throughput $(printf %.0f "${rps[$page]}") req/s = $(printf %.1f "$(echo "$ratio * 100" | bc -l)")% of /healthz ($(printf %.0f "${rps[healthz]}")) >= 25%" "$ratio >= 0.25"
    verdict "$page p99 ${p99[$page]} ms < 50 ms" "${rps[$page]} > 0 && ${p99[$page]} < 50"   # no answer at all (wrk's 2 s timeouts) is a miss
  done
  verdict "scorecards: $new new, $bad interviews without exactly one (1,000 and 0)" "$new == 1000 && $bad == 0"
  verdict "server peak RSS $(echo "$rss_kb / 1024" | bc) MB < 150 MB" "$rss_kb < 153600"
fi

if want pages; then
  settle
  manager=$(python3 Benchmarks/serve_client.py login "$url" m55@example.com "$password")
  recruiter=$(python3 Benchmarks/serve_client.py login "$url" r56@example.com "$password")
  slate_api="/api/v1/slate/bench-ae?opening=BENCH-1000"
  curl -fsS -H "Authorization: Bearer $token" "$url$slate_api" | python3 -c '
import json, sys
d = json.load(sys.stdin)
entries = d.get("entries", d if isinstance(d, list) else [])
print("slate of BENCH-1000 through the API: %d entries, %d withheld, %d bytes" % (len(entries), d.get("withheld", 0), len(json.dumps(d))))'
  echo "slate page: $(curl -fsS -H "Cookie: hire_session=$manager" "$url/openings/BENCH-1000/slate" | wc -c) bytes, $(curl -fsS -H "Cookie: hire_session=$manager" "$url/openings/BENCH-1000/slate" | grep -c '<tr') table rows"
  echo "candidates page: $(curl -fsS -H "Cookie: hire_session=$recruiter" "$url/candidates" | grep -o '/candidates/[0-9]*/record' | wc -l) candidate links; deep page: $(curl -fsS -H "Cookie: hire_session=$recruiter" "$url/candidates?after=90000" | grep -o '/candidates/[0-9]*/record' | head -1)"
  [ -n "${rps[healthz]:-}" ] || run healthz /healthz -H "Cookie: hire_session=$recruiter"
  declare -A header=(
    [slate-page]="Cookie: hire_session=$manager" [slate-api]="Authorization: Bearer $token"
    [candidates]="Cookie: hire_session=$recruiter" [candidates-deep]="Cookie: hire_session=$recruiter")
  declare -A path=([slate-page]=/openings/BENCH-1000/slate [slate-api]="$slate_api" [candidates]=/candidates [candidates-deep]="/candidates?after=90000")
  names=(slate-page slate-api candidates candidates-deep)
  for name in "${names[@]}"; do
    settle
    alone "$name" "${path[$name]}" "${header[$name]}"
    run "$name" "${path[$name]}" --timeout 30s -H "${header[$name]}"
  done
  rss_kb=$(peak_rss_kb)
  echo "== targets (pages, issue 18)"
  for name in "${names[@]}"; do
    verdict "$name p99 ${p99[$name]} ms < 100 ms ($(printf %.1f "${rps[$name]}") req/s; alone ${one[$name]} ms)" "${rps[$name]} > 0 && ${p99[$name]} < 100"
  done
  verdict "server peak RSS $(echo "$rss_kb / 1024" | bc) MB < 200 MB" "$rss_kb < 204800"
fi
if want interviews || want pages; then
  stop_server
  trap - EXIT
fi

if want upload; then
  feed="$data/feed-9100.xml"
  [ -f "$feed" ] || python3 Benchmarks/feedgen.py 9100 "$feed"
  bytes=$(stat -c %s "$feed")
  mb=$(echo "$bytes / 1000000" | bc -l)
  cat "$feed" >/dev/null   # page cache
  cli_ws="$data/upload-cli.sqlite"
  api_ws="$data/upload-api.sqlite"
  fresh() { rm -f "$1" "$1-wal" "$1-shm"; "$hire" init --workspace "$1" >/dev/null; }
  cli_times=() api_times=() upload_rss=0 counts=()
  for round in 1 2 3; do
    fresh "$cli_ws"
    start=$(date +%s.%N)
    "$hire" import "$feed" --workspace "$cli_ws" >/dev/null 2>"$data/upload-cli.err" || [ $? -eq 2 ]
    cli_times+=("$(echo "$(date +%s.%N) - $start" | bc -l)")

    fresh "$api_ws"
    "$hire" people add "Bench Recruiter" --email r@example.com --workspace "$api_ws" >/dev/null
    "$hire" people access r@example.com --grant recruiter --workspace "$api_ws" >/dev/null
    upload_token=$("$hire" token create --for r@example.com --name serve-benchmark --workspace "$api_ws" 2>/dev/null)
    start_server "$api_ws" "$data/upload-access.log"
    trap stop_server EXIT
    # `Expect:` off: curl asks for 100-continue on bodies over 1 MB and, as `hire serve` does not answer it, waits 1 s
    # before sending (the wait is measured apart, once, below)
    result=$(curl -sS -o "$data/upload-summary.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $upload_token" \
      -H 'Content-Type: application/xml' -H 'Expect:' --data-binary @"$feed" "$url/api/v1/imports")
    if [ "$round" = 3 ]; then   # the same upload to a fresh workspace again, with curl's default Expect: 100-continue
      stop_server; fresh "$api_ws"
      "$hire" people add "Bench Recruiter" --email r@example.com --workspace "$api_ws" >/dev/null
      "$hire" people access r@example.com --grant recruiter --workspace "$api_ws" >/dev/null
      upload_token=$("$hire" token create --for r@example.com --name serve-benchmark --workspace "$api_ws" 2>/dev/null)
      start_server "$api_ws" "$data/upload-access.log"
      expect_time=$(curl -sS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $upload_token" \
        -H 'Content-Type: application/xml' --data-binary @"$feed" "$url/api/v1/imports")
      echo "== with curl's default Expect: 100-continue the same upload takes $expect_time s"
    fi
    rss=$(peak_rss_kb)
    [ "$rss" -gt "$upload_rss" ] && upload_rss=$rss
    stop_server
    trap - EXIT
    set -- $result
    [ "$1" = 200 ] || { echo "upload answered $1: $(head -c 500 "$data/upload-summary.json")"; exit 1; }
    api_times+=("$2")
    server_seconds=$(python3 -c "import json; print(json.load(open('$data/upload-summary.json'))['seconds'])")
    counts+=("$(sqlite3 "$cli_ws" "SELECT count(*) FROM candidate") $(sqlite3 "$api_ws" "SELECT count(*) FROM candidate")")
    printf '== upload round %d: hire import %.2f s, POST /api/v1/imports %.2f s (the import inside the server %s s, server peak RSS %d MB); candidates %s\n' \
      "$round" "${cli_times[-1]}" "$2" "$server_seconds" "$((rss / 1024))" "${counts[-1]}"
  done
  median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
  cli=$(median "${cli_times[@]}")
  api=$(median "${api_times[@]}")
  ratio=$(echo "$cli / $api" | bc -l)
  echo "== targets (upload, issue 18)"
  printf 'feed %.1f MB (%s bytes, 9,100 candidates); hire import median %.2f s = %.1f MB/s; API median %.2f s = %.1f MB/s\n' \
    "$mb" "$bytes" "$cli" "$(echo "$mb / $cli" | bc -l)" "$api" "$(echo "$mb / $api" | bc -l)"
  verdict "upload speed $(printf %.1f "$(echo "$ratio * 100" | bc -l)")% of hire import's >= 80%" "$ratio >= 0.8"
  same=1; for c in "${counts[@]}"; do set -- $c; [ "$1" = 9100 ] && [ "$2" = 9100 ] || same=0; done
  verdict "every round imported 9,100 candidates both ways" "$same == 1"
  verdict "upload server peak RSS $((upload_rss / 1024)) MB < 200 MB" "$upload_rss < 204800"
fi
echo "machine: $(nproc) cores, $(grep 'model name' /proc/cpuinfo | head -1 | cut -d: -f2 | xargs), $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
