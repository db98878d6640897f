#!/usr/bin/env bash
# Fuzzes the FHIR reader with Jazzer for SECONDS (default 300). Prints the executions and findings;
# a finding fails the run and Jazzer writes the input that caused it under
# fhir/src/test/resources/org/holdspace/fhir/FhirReaderFuzzTestInputs/.
# Usage: fhir/fuzz.sh [SECONDS]
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
./mvnw -q -B -pl fhir -am install -DskipTests
target=readerThrowsOnlyTheLibrarysException
log="fhir/target/fuzz-$target.log"
mkdir -p fhir/target
JAZZER_FUZZ=1 ./mvnw -B -pl fhir test -Dtest="FhirReaderFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" > "$log" 2>&1
rc=$?
runs=$(grep -oE "Done [0-9]+ runs in [0-9]+ second" "$log" | tail -1)
findings=$(grep -cE "^== Java Exception|ERROR: libFuzzer|Crash|deadly signal" "$log")
echo "$target: ${runs:-no summary}; findings: $findings; maven exit $rc (log: $log)"
if [ "$rc" -ne 0 ] || [ "$findings" -ne 0 ]; then exit 1; fi
