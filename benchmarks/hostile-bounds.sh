#!/usr/bin/env bash
# Full-size bound checks of docs/security.md, by hand (CI runs HostileInputProcessTest scaled down): a log in which
# every line looks like an error and a log that is a single line, each SIZE_MIB (default 1024) streamed into
# standard input (nothing on disk), analyzed by the jar with -Xmx256m. Prints wall time, peak RSS and the report's
# size and evidence count. Then HostileInputProcessTest at full size (1 GiB logs, 100,000 report files).
# Usage: benchmarks/hostile-bounds.sh [SIZE_MIB]   (needs the jar: ./mvnw -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1024}
jar=gha-action-runner/target/ci-failure-agent.jar
out=${TMPDIR:-/tmp}/hostile-report.json
for shape in all-errors one-line; do
  echo "== $shape, $size MiB on standard input, -Xmx256m"
  java benchmarks/HostileLog.java "$shape" "$size" \
    | /usr/bin/time -f "exit %x, wall %e s, peak RSS %M KB" java -Xmx256m -jar "$jar" analyze --format json - > "$out"
  python3 -c "import json,sys; r=json.load(open('$out')); print('report', len(open('$out').read()), 'bytes,',
      r['totalLines'], 'lines,', len(r['rootCause']['lines']), 'evidence lines,', len(r['locations']), 'locations')"
done
echo "== HostileInputProcessTest at full size"
./mvnw -q -B -o -pl gha-action-runner test -Dtest=HostileInputProcessTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbounds.mib="$size" -Dbounds.error.mib="$size" -Dbounds.reports=100000 -DtrimStackTrace=false
