#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind: repeatable whatever else the machine does) of a base
# revision's release `hire` against this checkout's, on the same inputs in the same run:
#   import  a 2,000-candidate HR-XML 2.x feed into a fresh workspace (all threads)
#   slate   `hire slate` of a 10,000-candidate, 320,000-rating workspace (Benchmarks/slate-generate.sql, scaled)
#   ramp    `hire ramp status --format csv` of 1,000 active hires (Benchmarks/gen_ramp.py)
# Usage: Benchmarks/instructions.sh BASE_REVISION   (e.g. HEAD~5; the base is built in .build-base/)
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?give the base revision}
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
data=Benchmarks/data
mkdir -p "$data"
tree=$(mktemp -d)
trap 'git worktree remove --force "$tree/base" >/dev/null 2>&1 || true; rm -rf "$tree"' EXIT
git worktree add -q --detach "$tree/base" "$base"
swift build -c release --product hire --package-path "$tree/base" --scratch-path .build-base >/dev/null
swift build -c release --product hire >/dev/null
# Stripped copies: valgrind 3.19 cannot read the DWARF that Swift 6.3 writes ("possibly corrupted debuginfo").
strip -o "$tree/hire-old" "$(swift build -c release --product hire --package-path "$tree/base" --scratch-path .build-base --show-bin-path)/hire"
strip -o "$tree/hire-new" "$(swift build -c release --show-bin-path)/hire"
old="$tree/hire-old"
new="$tree/hire-new"
feed="$data/feed-2000.xml"
[ -f "$feed" ] || python3 Benchmarks/feedgen.py 2000 "$feed"

# ir LABEL CMD...: total instructions of every thread of CMD
ir() {
  local out="$tree/cg.out"
  rm -f "$out"*
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>&1 || true
  grep -h '^summary:' "$out"* | awk '{s += $2} END {printf "%.0f\n", s}'
}

printf '%-8s %16s %16s %8s\n' bench base this ratio
for which in old new; do
  hire=${!which}
  ws="$tree/$which"
  mkdir -p "$ws"
  # slate workspace
  "$hire" init --workspace "$ws/slate.sqlite" >/dev/null
  "$hire" roles load Benchmarks/slate-role.yaml --workspace "$ws/slate.sqlite" >/dev/null
  sed 's/i < 100000/i < 10000/' Benchmarks/slate-generate.sql | sqlite3 "$ws/slate.sqlite" >/dev/null
  # ramp workspace
  "$hire" init --workspace "$ws/ramp.sqlite" >/dev/null
  "$hire" roles load Scorecards --workspace "$ws/ramp.sqlite" >/dev/null
  python3 Benchmarks/gen_ramp.py "$ws/ramp.sqlite" 1000 >/dev/null
  "$hire" init --workspace "$ws/import.sqlite" >/dev/null
done
for bench in import slate ramp; do
  counts=()
  for which in old new; do
    hire=${!which}
    ws="$tree/$which"
    case $bench in
      import)
        cp "$ws/import.sqlite" "$ws/i.sqlite"
        counts+=("$(ir "$hire" import "$feed" --workspace "$ws/i.sqlite")") ;;
      slate) counts+=("$(ir "$hire" slate bench-ae --format csv --workspace "$ws/slate.sqlite")") ;;
      ramp) counts+=("$(ir "$hire" ramp status --today 2026-03-01 --format csv --workspace "$ws/ramp.sqlite")") ;;
    esac
  done
  printf '%-8s %16s %16s %8.3f\n' "$bench" "${counts[0]}" "${counts[1]}" "$(echo "${counts[1]} / ${counts[0]}" | bc -l)"
done
