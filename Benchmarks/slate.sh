#!/usr/bin/env bash
# Slate benchmark: 100,000 candidates x 4 scorecards x 8 ratings (3.2M ratings).
# Times `hire slate ROLE --format csv` (release build) against the plain aggregate it must at
# least compute, `sqlite3 FILE "SELECT candidateId, competencyId, avg(value) ... GROUP BY ..."`,
# on the same file in the same run, with peak memory from /usr/bin/time -v. The two alternate, and
# the median of the pairs' ratios is printed: on a noisy machine one pair says little.
# Usage: Benchmarks/slate.sh [pairs]   (default 9; the workspace is cached in Benchmarks/data/)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-9}"
data=Benchmarks/data
ws="$data/slate.sqlite"
mkdir -p "$data"

swift build -c release --product hire >/dev/null
hire="$(swift build -c release --show-bin-path)/hire"

if [ ! -f "$ws" ]; then
  echo "generating $ws ..."
  start=$(date +%s.%N)
  "$hire" init --workspace "$ws.tmp" >/dev/null
  "$hire" roles load Benchmarks/slate-role.yaml --workspace "$ws.tmp" >/dev/null
  sqlite3 "$ws.tmp" < Benchmarks/slate-generate.sql
  mv "$ws.tmp" "$ws"
  echo "generated in $(echo "$(date +%s.%N) - $start" | bc) s: $(du -h "$ws" | cut -f1)"
fi
sqlite3 "$ws" "SELECT 'candidates', count(*) FROM candidate; SELECT 'scorecards', count(*) FROM scorecard; SELECT 'ratings', count(*) FROM rating;" | tr '|' ' '

raw="SELECT s.candidateId, r.competencyId, avg(r.value) FROM rating r JOIN scorecard s ON s.id = r.scorecardId WHERE s.roleId = 'bench-ae' GROUP BY s.candidateId, r.competencyId;"

# measure LABEL CMD...: prints wall seconds and peak RSS in MB of one run; sets $wall
measure() {
  local label="$1"; shift
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log"
  local rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  rm -f "$log"
  printf "%-6s %8.2f s %8.1f MB\n" "$label" "$wall" "$(echo "$rss / 1024" | bc -l)"
}

"$hire" slate bench-ae --format csv --workspace "$ws" > "$data/slate.csv"   # warm the page cache
echo "slate rows: $(($(wc -l < "$data/slate.csv") - 1))"
ratios=()
for i in $(seq "$runs"); do
  measure raw sqlite3 "$ws" "$raw"
  raw_wall=$wall
  measure slate "$hire" slate bench-ae --format csv --workspace "$ws"
  ratios+=("$(echo "$wall / $raw_wall" | bc -l)")
done
printf "ratios: %s\n" "$(printf "%.2f " "${ratios[@]}")"
echo "median ratio: $(printf "%s\n" "${ratios[@]}" | sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f (target <= 1.2)\n", m }')"
echo "machine: $(nproc) cores, $(grep 'model name' /proc/cpuinfo | head -1 | cut -d: -f2 | xargs), $(uname -sr), sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
