#!/usr/bin/env bash
# Runs the benchmarks in a short configuration (about 6 to 10 minutes on 2 cores) and writes
# target/benchmarks/jmh.json (JMH's results), target/benchmarks/ratios.md (the README's table) and
# target/benchmarks/allocation.md (where the bytes of one evaluation go).
# Extra arguments go to JMH, for example a benchmark name or -p events=60.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl benchmarks -am package -DskipTests
mkdir -p target/benchmarks
java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -w 1s -i 5 -r 2s -prof gc \
  -rf json -rff target/benchmarks/jmh.json "$@"
java -cp benchmarks/target/benchmarks.jar org.holdspace.benchmarks.Report target/benchmarks/jmh.json \
  > target/benchmarks/ratios.md
java -cp benchmarks/target/benchmarks.jar org.holdspace.benchmarks.AllocationBreakdown \
  > target/benchmarks/allocation.md
echo
echo "Java: $(java -version 2>&1 | head -1); machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
cat target/benchmarks/ratios.md
echo
cat target/benchmarks/allocation.md
