#!/usr/bin/env bash
# Calibration benchmark on the slate benchmark's workspace: 100,000 candidates x 4 scorecards x
# 8 ratings (3.2M ratings, every candidate rated on every competency by the same 4 interviewers,
# so every statistic is computed on the full data: alpha and the ICCs on 100,000 x 4 per
# competency and 800,000 x 4 overall).
# Times `hire calibrate --role bench-ae --format json` (release build) and the plain read of
# the same ratings with sqlite3, with peak memory from /usr/bin/time -v.
# Usage: Benchmarks/calibrate.sh [runs]   (default 3; the workspace is cached in Benchmarks/data/)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
data=Benchmarks/data
ws="$data/slate.sqlite"
mkdir -p "$data"

swift build -c release --product hire >/dev/null
hire="$(swift build -c release --show-bin-path)/hire"

if [ ! -f "$ws" ]; then
  echo "generating $ws ..."
  "$hire" init --workspace "$ws.tmp" >/dev/null
  "$hire" roles load Benchmarks/slate-role.yaml --workspace "$ws.tmp" >/dev/null
  sqlite3 "$ws.tmp" < Benchmarks/slate-generate.sql
  mv "$ws.tmp" "$ws"
fi
sqlite3 "$ws" "SELECT 'candidates', count(*) FROM candidate; SELECT 'scorecards', count(*) FROM scorecard; SELECT 'ratings', count(*) FROM rating;" | tr '|' ' '

raw="SELECT s.candidateId, s.interviewerId, r.competencyId, r.value FROM scorecard s JOIN rating r ON r.scorecardId = s.id WHERE s.roleId = 'bench-ae';"

measure() {
  local label="$1"; shift
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log"
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  rm -f "$log"
  printf "%-10s %8.2f s %8.1f MB\n" "$label" "$wall" "$(echo "$rss / 1024" | bc -l)"
}

"$hire" calibrate --role bench-ae --workspace "$ws" > "$data/calibrate.txt"   # warm the page cache
for i in $(seq "$runs"); do
  measure raw sqlite3 "$ws" "$raw"
  measure calibrate "$hire" calibrate --role bench-ae --format json --workspace "$ws"
done
echo "machine: $(nproc) cores, $(grep 'model name' /proc/cpuinfo | head -1 | cut -d: -f2 | xargs), $(uname -sr), sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
