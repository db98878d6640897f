#!/usr/bin/env bash
# Fuzzes the JSON readers with Jazzer: each target for SECONDS (default 300), one after the other.
# Prints each target's executions and findings; a finding fails the run and Jazzer writes the
# input that caused it under json/src/test/resources/org/holdspace/json/ReaderFuzzTestInputs/.
# Usage: json/fuzz.sh [SECONDS]
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
./mvnw -q -B -pl json -am install -DskipTests
status=0
for target in documentReadersThrowOnlyTheLibrarysException ndjsonReaderThrowsNothing; do
  log="json/target/fuzz-$target.log"
  mkdir -p json/target
  JAZZER_FUZZ=1 ./mvnw -B -pl json test -Dtest="ReaderFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" > "$log" 2>&1
  rc=$?
  runs=$(grep -oE "Done [0-9]+ runs in [0-9]+ second" "$log" | tail -1)
  findings=$(grep -cE "^== Java Exception|ERROR: libFuzzer|Crash|deadly signal" "$log")
  echo "$target: ${runs:-no summary}; findings: $findings; maven exit $rc (log: $log)"
  if [ "$rc" -ne 0 ] || [ "$findings" -ne 0 ]; then status=1; fi
done
exit $status
