#!/usr/bin/env bash
# Scan throughput: the streaming path (read, normalize, literal prefilter, rules on candidate lines, structure) over
# a generated log with realistic content and rare errors, one core, -Xmx256m; compared in the same run with
# `grep -c -E` over the same keyword set. Then `analyze` of a typical 5 MB log, JVM start included.
# Usage: benchmarks/scan-throughput.sh [SIZE_MB]   (default 1024; needs the jar: ./mvnw -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1024}
jar=gha-action-runner/target/ci-failure-agent.jar
work=${TMPDIR:-/tmp}/ci-failure-agent-bench
mkdir -p "$work"
log=$work/generated-${size_mb}mb.log
[[ -f $log ]] || java benchmarks/GenerateLog.java "$log" "$size_mb"
small=$work/generated-5mb.log
[[ -f $small ]] || java benchmarks/GenerateLog.java "$small" 5

java -jar "$jar" scan-benchmark --print-keywords > "$work/keywords.txt"
# Same keywords for grep: escape regex metacharacters, join with |, case-insensitive like our prefilter.
pattern=$(sed -e 's/[][\.*^$+?(){}|/]/\\&/g' "$work/keywords.txt" | paste -sd '|')

echo "== ci-failure-agent scan, 1 core (taskset -c 0), -Xmx256m"
/usr/bin/time -f "peak RSS %M KB, wall %e s" taskset -c 0 java -Xmx256m -XX:ActiveProcessorCount=1 \
    -jar "$jar" scan-benchmark "$log"
echo "== grep -c -i -E with the same $(wc -l < "$work/keywords.txt") keywords, 1 core"
start=$(date +%s.%N)
LC_ALL=C taskset -c 0 grep -c -i -E "$pattern" "$log" || true
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v b="$(stat -c %s "$log")" 'BEGIN { printf "grep: %.2f s, %.1f MB/s\n", e - s, b / 1e6 / (e - s) }'
echo "== analyze of a 5 MB log, JVM start included (3 runs)"
for _ in 1 2 3; do
  /usr/bin/time -f "wall %e s, peak RSS %M KB" java -jar "$jar" analyze --format json "$small" > /dev/null
done
