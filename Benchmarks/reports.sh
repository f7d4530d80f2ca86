#!/usr/bin/env bash
# Report benchmark: `hire report ramp` over N active new hires with 20 milestones each (default 1,000),
# and `hire report slate` over a role of M candidates with 4 scorecards each (default 2,000), release build.
# Usage: bash Benchmarks/reports.sh [N] [M]   (from the package root)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
m=${2:-2000}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
swift build -c release --product hire >/dev/null
hire=.build/release/hire
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), load average $(cut -d" " -f1-3 /proc/loadavg)"

ws=$dir/ramp.sqlite
$hire init --workspace "$ws" >/dev/null
$hire roles load Scorecards --workspace "$ws" >/dev/null
python3 Benchmarks/gen_ramp.py "$ws" "$n" >/dev/null
for run in 1 2 3; do
  /usr/bin/time -f "ramp report, $n hires, run $run: %e s wall, %U s user + %S s sys, %M KB peak RSS" \
    $hire report ramp --workspace "$ws" --today 2026-03-01 -o "$dir/ramp.html" >/dev/null
done
echo "ramp report size: $(du -h "$dir/ramp.html" | cut -f1)"

ws=$dir/slate.sqlite
$hire init --workspace "$ws" >/dev/null
$hire roles load Benchmarks/slate-role.yaml --workspace "$ws" >/dev/null
sed "s/100000/$m/g" Benchmarks/slate-generate.sql | sqlite3 "$ws"
for run in 1 2 3; do
  /usr/bin/time -f "slate report, $m candidates, run $run: %e s wall, %U s user + %S s sys, %M KB peak RSS" \
    $hire report slate bench-ae --workspace "$ws" -o "$dir/slate.html" >/dev/null
done
/usr/bin/time -f "slate csv, $m candidates: %e s wall, %M KB peak RSS" $hire slate bench-ae --workspace "$ws" --format csv >/dev/null
echo "slate report size: $(du -h "$dir/slate.html" | cut -f1)"
