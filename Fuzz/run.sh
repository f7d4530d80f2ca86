#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (Linux).
#
# usage: Fuzz/run.sh TARGET|all SECONDS
#   TARGET: roles (the role-profile loader), feed (the applicant-feed reader and mapping;
#           built only once Sources/HireKit/Import/ exists)
#
# Builds Fuzz/Targets/TARGET.swift together with every HireKit source file (but the webhook
# sender, which Fuzz/Support/ stands in for: AsyncHTTPClient is not linked here) using
# `swiftc -sanitize=fuzzer` (so HireKit's code is coverage-instrumented and its internal API
# visible), linked against the dependency objects of the package's own build (`swift build`,
# debug by default, reused from `swift test`; FUZZ_CONFIG=release for speed). Seeds: Scorecards/,
# Imports/, Tests/Fixtures/ and ../shared/samples/. The growing corpus lives in
# .build/fuzz/corpus/TARGET; crashes, hangs (>10 s) and inputs over 2 GB RSS are written to
# Fuzz/crashes/TARGET/ and fail the run: turn each into a regression test.
# Prints "fuzz TARGET: N executions in S s" for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Fuzz/run.sh TARGET|all SECONDS}
seconds=${2:?usage: Fuzz/run.sh TARGET|all SECONDS}
config=${FUZZ_CONFIG:-debug}

available() {
  case $1 in
    roles) return 0 ;;
    feed) [ -d Sources/HireKit/Import ] ;;
    *) echo "unknown fuzz target '$1' (roles, feed)" >&2; exit 1 ;;
  esac
}

if [ "$target" = all ]; then
  for t in roles feed; do
    if available "$t"; then "$0" "$t" "$seconds"; else echo "fuzz $t: skipped (its sources are not on this branch)"; fi
  done
  exit 0
fi
available "$target" || { echo "fuzz $target: skipped (its sources are not on this branch)"; exit 0; }

swift build -c "$config" --product hire >/dev/null
bin=$(swift build -c "$config" --show-bin-path)
work=.build/fuzz
mkdir -p "$work/corpus/$target" "Fuzz/crashes/$target"
exe="$work/fuzz-$target"

objects=()
# HireKit's dependencies: storage, YAML, logging, templates, and for accounts SHA-256 and bcrypt.
for module in GRDB Yams CYaml Logging Mustache Crypto CryptoBoringWrapper CCryptoBoringSSL CCryptoBoringSSLShims HummingbirdBcrypt CBcrypt; do
  while IFS= read -r o; do objects+=("$o"); done < <(find "$bin/$module.build" -name "*.o")
done
# Rebuilt only when a HireKit source, the target or a dependency object is newer than the binary.
if [ ! -x "$exe" ] || [ -n "$(find Sources/HireKit Fuzz/Support "Fuzz/Targets/$target.swift" "${objects[@]}" -newer "$exe" -print -quit)" ]; then
# shellcheck disable=SC2046
swiftc -sanitize=fuzzer -parse-as-library -O -module-name HireKitFuzz -swift-version 6 \
  -I "$bin/Modules" -I "$bin" -I .build/checkouts/GRDB.swift/Sources/GRDBSQLite -I .build/checkouts/Yams/Sources/CYaml/include -I Sources/CLibXML2 \
  -I .build/checkouts/swift-crypto/Sources/CCryptoBoringSSL/include -I .build/checkouts/swift-crypto/Sources/CCryptoBoringSSLShims/include \
  -Xcc -fmodule-map-file="$bin/CBcrypt.build/module.modulemap" \
  $(pkg-config --cflags libxml-2.0 | sed 's/-I/-Xcc -I/g') \
  $(find Sources/HireKit -name '*.swift' ! -name WebhookSender.swift) Fuzz/Support/*.swift "Fuzz/Targets/$target.swift" \
  "${objects[@]}" -lsqlite3 -lstdc++ $(pkg-config --libs libxml-2.0) -o "$exe"
fi

seeds=()
for dir in Scorecards Imports Tests/Fixtures ../shared/samples; do
  [ -d "$dir" ] && seeds+=("$(find "$dir" -type f -size -1000k | sort)")
done
seedlist="$work/seeds-$target"
printf '%s\n' ${seeds[*]} > "$seedlist"
for file in $(cat "$seedlist"); do cp "$file" "$work/corpus/$target/seed-$(basename "$file")"; done

log="$work/fuzz-$target.log"
status=0
SWIFT_BACKTRACE=enable=no "$exe" "$work/corpus/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix="Fuzz/crashes/$target/" -print_final_stats=1 >"$log" 2>&1 || status=$?
runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
echo "fuzz $target: $runs executions in $seconds s ($config build), corpus $(ls "$work/corpus/$target" | wc -l) inputs"
if [ $status -ne 0 ]; then
  grep -E 'ERROR|Fatal|panic|SUMMARY|Test unit written' "$log" | head -20 >&2
  echo "fuzz $target: FAILED (exit $status); the input is in Fuzz/crashes/$target/; full log in $log" >&2
  exit $status
fi
