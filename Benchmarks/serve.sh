#!/usr/bin/env bash
# Team-server benchmark: a release `hire serve` on loopback over the 100,000-candidate slate
# workspace plus 50 interviewers with logins and 1,000 interviews (Benchmarks/serve-generate.sql).
#  1. wrk, 32 connections for 20 s each: GET /healthz, then signed in as an interviewer with 20
#     scheduled interviews GET /interviews (My interviews) and GET /interviews/{id}/scorecard.
#  2. A bounded submit loop: 1,000 scorecard POSTs from 8 concurrent clients, one for each of the
#     1,000 interviews of the 50 interviewers (Benchmarks/serve_client.py), then a count check:
#     exactly one scorecard per interview, none lost, none twice.
# Targets: My interviews and the form page at >= 25% of /healthz throughput, p99 < 50 ms;
# server peak RSS < 150 MB. Prints PASS/MISS for each.
# Usage: Benchmarks/serve.sh [seconds]   (default 20; the workspaces are cached in Benchmarks/data/)
# HIRE_BIN=path/to/release/hire skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
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
mv "$ws.tmp" "$ws"
sqlite3 "$ws" "SELECT 'candidates', count(*) FROM candidate; SELECT 'interviews', count(*) FROM interview; SELECT 'scorecards', count(*) FROM scorecard; SELECT 'logins', count(*) FROM account;" | tr '|' ' '

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
"$hire" serve --workspace "$ws" --port "$port" 2>"$data/serve-access.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fs "$url/healthz" >/dev/null && break; sleep 0.1; done

cookie=$(python3 Benchmarks/serve_client.py login "$url" i5@example.com "$password")
form=$(sqlite3 "$ws" "SELECT min(id) FROM interview WHERE interviewerId = 5")
echo "interviewer 5: $(sqlite3 "$ws" "SELECT count(*) FROM interview WHERE interviewerId = 5") scheduled interviews; the form is interview $form"

# run NAME PATH: wrk for $seconds s with the session cookie; prints and keeps req/s and p99 (ms)
declare -A rps p99
run() {
  local out
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency -H "Cookie: hire_session=$cookie" "$url$2")
  echo "== $1 ($2)"
  echo "$out" | grep -E 'Requests/sec|Latency  |  50%|  99%|Non-2xx|Socket errors'
  rps[$1]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99[$1]=$(echo "$out" | awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else if (v ~ /s$/) {sub(/s/, "", v); v *= 1000}; print v}')
  if echo "$out" | grep -q Non-2xx; then echo "MISS: $1 answered non-2xx"; fi
}
run healthz /healthz
run interviews /interviews
run form "/interviews/$form/scorecard"

before=$(sqlite3 "$ws" "SELECT count(*) FROM scorecard")
python3 Benchmarks/serve_client.py submit "$url" "$ws" "$password" 1000 8
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
kill -TERM "$server"; wait "$server" || true
trap - EXIT

echo "== count check"
sqlite3 "$ws" "SELECT 'new scorecards', count(*) - $before FROM scorecard;
  SELECT 'interviews with exactly one', count(*) FROM (SELECT i.id FROM interview i JOIN scorecard s ON s.candidateId = i.candidateId AND s.roundId = i.roundId AND s.interviewerId = i.interviewerId WHERE i.interviewerId BETWEEN 5 AND 54 GROUP BY i.id HAVING count(*) = 1);
  SELECT 'interviews with none or several', count(*) FROM interview i WHERE i.interviewerId BETWEEN 5 AND 54 AND (SELECT count(*) FROM scorecard s WHERE s.candidateId = i.candidateId AND s.roundId = i.roundId AND s.interviewerId = i.interviewerId) != 1;
  SELECT 'ratings of the new scorecards', count(*) FROM rating r JOIN scorecard s ON s.id = r.scorecardId WHERE s.interviewerId BETWEEN 5 AND 54;" | tr '|' ' '
new=$(sqlite3 "$ws" "SELECT count(*) - $before FROM scorecard")
bad=$(sqlite3 "$ws" "SELECT count(*) FROM interview i WHERE i.interviewerId BETWEEN 5 AND 54 AND (SELECT count(*) FROM scorecard s WHERE s.candidateId = i.candidateId AND s.roundId = i.roundId AND s.interviewerId = i.interviewerId) != 1")

echo "== targets"
verdict() { if [ "$(echo "$2" | bc -l)" = 1 ]; then echo "PASS  $1"; else echo "MISS  $1"; fi; }
for page in interviews form; do
  ratio=$(echo "${rps[$page]} / ${rps[healthz]}" | bc -l)
  verdict "$page throughput $(printf %.0f "${rps[$page]}") req/s = $(printf %.1f "$(echo "$ratio * 100" | bc -l)")% of /healthz ($(printf %.0f "${rps[healthz]}")) >= 25%" "$ratio >= 0.25"
  verdict "$page p99 ${p99[$page]} ms < 50 ms" "${rps[$page]} > 0 && ${p99[$page]} < 50"   # no answer at all (wrk's 2 s timeouts) is a miss
done
verdict "scorecards: $new new, $bad interviews without exactly one (1,000 and 0)" "$new == 1000 && $bad == 0"
verdict "server peak RSS $(echo "$rss_kb / 1024" | bc) MB < 150 MB" "$rss_kb < 153600"
echo "machine: $(nproc) cores, $(grep 'model name' /proc/cpuinfo | head -1 | cut -d: -f2 | xargs), $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
