#!/usr/bin/env bash
# Import benchmark: `hire import` (release build, fresh workspace, end to end) against
# `xmllint --stream --noout` and a Python lxml iterparse script extracting the same fields,
# on synthetic HR-XML 2.x feeds of 10,000 and 100,000 candidates (about 7 KB each).
# Reports median-of-3 wall time, MB/s, user+sys CPU seconds of that run and peak RSS (GNU time), and the
# load average before each size (the machine may be shared). Usage: Benchmarks/import.sh [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000 100000}")
sizes=(${sizes[*]})

need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -c "import lxml" 2>/dev/null || python3 -m pip install -q lxml

swift build -c release --product hire >/dev/null
hire="$(swift build -c release --show-bin-path)/hire"
data=Benchmarks/data
mkdir -p "$data"

# measure CMD...: prints "seconds peak_kb cpu_seconds" of the median (by wall time) of 3 runs
measure() {
  local runs=()
  for _ in 1 2 3; do
    [ -n "${PREPARE:-}" ] && eval "$PREPARE"
    /usr/bin/time -f "%e %M %U %S" -o "$data/time.txt" "$@" >/dev/null 2>"$data/stderr.txt" || { s=$?; [ $s -eq 2 ] || { cat "$data/stderr.txt"; exit 1; }; }
    runs+=("$(tail -1 "$data/time.txt")") # GNU time puts "Command exited with non-zero status 2" first
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p | awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}'
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), libxml2 $(xml2-config --version 2>/dev/null || echo '?'), $(swift --version 2>/dev/null | head -1)"
printf '%-10s %-8s %-22s %8s %8s %10s %10s\n' candidates MB tool seconds MB/s peakRSS_MB cpu_s
for n in "${sizes[@]}"; do
  feed="$data/feed-$n.xml"
  [ -f "$feed" ] || python3 Benchmarks/feedgen.py "$n" "$feed"
  mb=$(python3 -c "import os;print(round(os.path.getsize('$feed')/1e6,1))")
  cat "$feed" >/dev/null # page cache
  echo "load average before $n: $(cut -d' ' -f1-3 /proc/loadavg)"
  ws="$data/bench.sqlite"
  export PREPARE="rm -f $ws $ws-wal $ws-shm; $hire init --workspace $ws >/dev/null"
  read -r hs hk hc < <(measure "$hire" import "$feed" --workspace "$ws")
  unset PREPARE
  read -r xs xk xc < <(measure xmllint --stream --noout "$feed")
  read -r ls lk lc < <(measure python3 Benchmarks/lxml_extract.py "$feed")
  for row in "hire-import $hs $hk $hc" "xmllint-stream $xs $xk $xc" "lxml-iterparse $ls $lk $lc"; do
    set -- $row
    printf '%-10s %-8s %-22s %8s %8.1f %10.1f %10s\n' "$n" "$mb" "$1" "$2" "$(python3 -c "print($mb/max($2,0.001))")" "$(python3 -c "print($3/1024)")" "$4"
  done
  python3 -c "print('ratio vs xmllint: %.2f, vs lxml: %.2f (wall); by CPU seconds: %.2f, %.2f' % ($xs/$hs, $ls/$hs, $xc/$hc, $lc/$hc))"
done
