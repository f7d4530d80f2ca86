#!/usr/bin/env bash
# Ramp status over 10,000 active new hires with 20 milestones each (200,000 milestones).
# Usage: bash Benchmarks/ramp.sh [N]   (from the package root)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
swift build -c release --product hire >/dev/null
hire=.build/release/hire
dir=$(mktemp -d)
ws=$dir/ramp.sqlite
$hire init --workspace "$ws" >/dev/null
$hire roles load Scorecards --workspace "$ws" >/dev/null
python3 Benchmarks/gen_ramp.py "$ws" "$n"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), load average $(cut -d" " -f1-3 /proc/loadavg)"
$hire ramp status --workspace "$ws" --today 2026-03-01 --format csv >/dev/null  # warm the page cache
for run in 1 2 3 4 5; do
  /usr/bin/time -f "run $run: %e s wall, %U s user + %S s sys, %M KB peak RSS" $hire ramp status --workspace "$ws" --today 2026-03-01 --format csv >/dev/null
done
/usr/bin/time -f "text format: %e s wall, %U s user + %S s sys, %M KB peak RSS" $hire ramp status --workspace "$ws" --today 2026-03-01 >/dev/null
/usr/bin/time -f "overdue only: %e s wall, %U s user + %S s sys, %M KB peak RSS" $hire ramp status --workspace "$ws" --today 2026-03-01 --overdue --format csv >/dev/null
rm -rf "$dir"
