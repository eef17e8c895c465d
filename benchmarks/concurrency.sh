#!/usr/bin/env bash
# Concurrency: N analyses at once in one JVM sharing one Analyzer (as a Jenkins controller runs them), for
# N = 1, 2, 8, 32, over the failed-run logs of fixtures/corpus; one JVM per N (-Xmx1g), after a sequential warm-up.
# Prints throughput and peak memory per N. The correctness half (results equal the sequential ones) is
# ConcurrentAnalysisTest. Usage: benchmarks/concurrency.sh [ROUNDS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
# One reactor run, so that the shared module comes from this checkout, not from ~/.m2.
./mvnw -q -B -o -pl gha-action-runner -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="gha-action-runner/target/test-classes:gha-action-runner/target/classes:shared/target/classes"
cp="$cp:$(cat gha-action-runner/target/bench.classpath)"
for n in 1 2 8 32; do
  java -Xmx1g -cp "$cp" org.cifailureagent.cli.ConcurrencyBenchmark fixtures/corpus "$n" "$rounds"
done
