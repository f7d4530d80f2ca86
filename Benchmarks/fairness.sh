#!/usr/bin/env bash
# hire fairness over 100,000 candidates of one role (about 220,000 stage changes, 190,000 group rows),
# against the plain aggregate it must at least compute, in the same run.
# Usage: bash Benchmarks/fairness.sh [N]   (from the package root)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
swift build -c release --product hire >/dev/null
hire=.build/release/hire
dir=$(mktemp -d)
ws=$dir/fairness.sqlite
$hire init --workspace "$ws" >/dev/null
$hire roles load Scorecards --workspace "$ws" >/dev/null
python3 Benchmarks/gen_fairness.py "$ws" "$n"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
$hire fairness --workspace "$ws" >/dev/null  # warm the page cache
for run in 1 2 3 4 5; do
  /usr/bin/time -f "run $run: %e s wall, %M KB peak RSS" $hire fairness --workspace "$ws" --format json >/dev/null
done
/usr/bin/time -f "one dimension, one step: %e s wall, %M KB peak RSS" $hire fairness --workspace "$ws" --dimension gender --stage offer >/dev/null
query="SELECT g.dimension, g.value, s.toStage, count(DISTINCT s.candidateId) FROM candidateGroup g JOIN stageChange s ON s.candidateId = g.candidateId JOIN candidate c ON c.id = g.candidateId WHERE c.erased = 0 GROUP BY 1, 2, 3"
if command -v sqlite3 >/dev/null; then
  /usr/bin/time -f "raw sqlite3 aggregate: %e s wall, %M KB peak RSS" sqlite3 "$ws" "$query" >/dev/null
else
  /usr/bin/time -f "raw python sqlite3 aggregate: %e s wall, %M KB peak RSS" python3 -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchall()" "$ws" "$query"
fi
rm -rf "$dir"
