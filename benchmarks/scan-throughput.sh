#!/usr/bin/env bash
# Scan throughput: the streaming path (read, normalize, literal prefilter, rules on candidate lines, structure) over
# a generated log with realistic content and rare errors, one core, -Xmx256m; compared in the same run with
# `grep -c -i -E` over the same keyword set. Then `analyze` of a typical 5 MB log, JVM start included: the median of
# 5 runs, as a first run on the machine (xgboost's native library not yet unpacked to the user's cache), plainly,
# with a class-data-sharing archive, and with the flags of the Action's image (benchmarks/README.md).
# Wall times count the turns of other programs on a shared machine; CPU times (user + system) do not, so both are
# printed, and the ratio to grep is given for both.
# Usage: benchmarks/scan-throughput.sh [SIZE_MB]   (default 1024; needs the jar: ./mvnw -q -DskipTests package;
#        JAR=other.jar benchmarks/scan-throughput.sh 64 measures another build, such as an older one, the same way)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1024}
jar=${JAR:-gha-action-runner/target/ci-failure-agent.jar}
work=${TMPDIR:-/tmp}/ci-failure-agent-bench
mkdir -p "$work"
log=$work/generated-${size_mb}mb.log
[[ -f $log ]] || java benchmarks/GenerateLog.java "$log" "$size_mb"
small=$work/generated-5mb.log
[[ -f $small ]] || java benchmarks/GenerateLog.java "$small" 5
bytes=$(stat -c %s "$log")

java -jar "$jar" scan-benchmark --print-keywords > "$work/keywords.txt"
# Same keywords for grep: escape regex metacharacters, join with |, case-insensitive like our prefilter.
pattern=$(sed -e 's/[][\.*^$+?(){}|/]/\\&/g' "$work/keywords.txt" | paste -sd '|')

echo "== ci-failure-agent scan, 1 core (taskset -c 0), -Xmx256m"
/usr/bin/time -o "$work/scan.time" -f "%e %U %S %M" taskset -c 0 java -Xmx256m -XX:ActiveProcessorCount=1 \
    -jar "$jar" scan-benchmark "$log" | tee "$work/scan.out"
read -r wall user sys rss < "$work/scan.time"
echo "process: wall $wall s, CPU $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') s (JVM start and JIT" \
     "included), peak RSS $rss KB"
echo "== grep -c -i -E with the same $(wc -l < "$work/keywords.txt") keywords, 1 core"
/usr/bin/time -o "$work/grep.time" -f "%e %U %S %M" env LC_ALL=C taskset -c 0 grep -c -i -E "$pattern" "$log" || true
read -r gwall guser gsys grss < "$work/grep.time"
awk -v b="$bytes" -v w="$gwall" -v u="$guser" -v s="$gsys" \
    'BEGIN { printf "grep: wall %.2f s, %.1f MB/s; CPU %.2f s, %.1f MB/s\n", w, b / 1e6 / w, u + s, b / 1e6 / (u + s) }'
# Ours: the scan's own figures (its thread's CPU, JVM start excluded) against grep's.
# (Builds before the thread CPU figure was added print wall MB/s only; the process CPU time stands in for it then.)
ours_wall=$(grep -oE '[0-9.]+ MB/s' "$work/scan.out" | head -1 | cut -d' ' -f1)
ours_cpu=$(grep -oE 'thread CPU [0-9.]+ s: [0-9.]+ MB/s' "$work/scan.out" | grep -oE '[0-9.]+ MB/s' | cut -d' ' -f1 \
    || awk -v b="$bytes" -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", b / 1e6 / (u + s) }')
awk -v ow="$ours_wall" -v oc="$ours_cpu" -v b="$bytes" -v w="$gwall" -v u="$guser" -v s="$gsys" \
    'BEGIN { printf "ratio ours/grep: wall %.2f, CPU %.2f\n", ow / (b / 1e6 / w), oc / (b / 1e6 / (u + s)) }'

# Real CI logs, when the team kit's corpus is beside the repository: its 797 LogChunks logs decompressed into one
# file outside the repository. They scan slower than the generated log (more rules' regular expressions run, more
# kinds of lines for the JIT), so the generated log's figure is not the whole story.
corpus=../shared/corpus/logchunks/logs
if [[ -d $corpus ]]; then
  real=$work/logchunks.log
  [[ -f $real ]] || for gz in "$corpus"/*.log.gz; do gzip -dc "$gz"; done > "$real"
  real_bytes=$(stat -c %s "$real")
  echo "== the same scan over real CI logs: the LogChunks corpus, $real_bytes bytes in one file"
  taskset -c 0 java -Xmx256m -XX:ActiveProcessorCount=1 -jar "$jar" scan-benchmark "$real"
  /usr/bin/time -o "$work/grep-real.time" -f "%e %U %S" env LC_ALL=C taskset -c 0 grep -c -i -E "$pattern" "$real" \
      || true
  read -r rwall ruser rsys < "$work/grep-real.time"
  awk -v b="$real_bytes" -v w="$rwall" -v u="$ruser" -v s="$rsys" \
      'BEGIN { printf "grep: wall %.2f s, %.1f MB/s; CPU %.2f s, %.1f MB/s\n", w, b / 1e6 / w, u + s, b / 1e6 / (u + s) }'
fi

echo "== analyze of a 5 MB log, JVM start included (median of 5 runs)"
archive=$work/ci-failure-agent.jsa
cache=$work/cache
rm -f "$archive"
XDG_CACHE_HOME=$cache java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" analyze --format json "$small" > /dev/null 2>&1
# first: java -jar on a machine where it never ran (the native library is unpacked into the emptied cache each time);
# plain: java -jar as a user types it; cds: with the archive; image: as the Action's image runs it (the flags of
# gha-action-runner/Dockerfile's ENTRYPOINT, with this archive and the library unpacked at build time).
for variant in first plain cds image; do
  flags=()
  [[ $variant == cds ]] && flags=(-XX:SharedArchiveFile="$archive")
  [[ $variant == image ]] && flags=(-Xlog:disable -Xlog:all=warning:stderr -XX:+UseSerialGC -XX:TieredStopAtLevel=1
                                    -XX:SharedArchiveFile="$archive")
  : > "$work/analyze.time"
  for _ in 1 2 3 4 5; do
    [[ $variant == first ]] && rm -rf "$cache"
    XDG_CACHE_HOME=$cache /usr/bin/time -a -o "$work/analyze.time" -f "%e %U %S %M" java "${flags[@]}" -jar "$jar" \
        analyze --format json "$small" > /dev/null
  done
  python3 - "$variant" "$work/analyze.time" <<'PY'
import statistics, sys
runs = [line.split() for line in open(sys.argv[2]) if line.strip()]
wall = statistics.median(float(r[0]) for r in runs)
cpu = statistics.median(float(r[1]) + float(r[2]) for r in runs)
rss = statistics.median(int(r[3]) for r in runs)
print(f"{sys.argv[1]:5}: wall median {wall:.2f} s, CPU median {cpu:.2f} s, peak RSS median {rss} KB "
      f"(walls: {' '.join(r[0] for r in runs)})")
PY
done
