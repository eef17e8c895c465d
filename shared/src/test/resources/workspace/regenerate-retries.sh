#!/usr/bin/env bash
# Regenerates the retry samples under samples/retries/ by running the real tools on the little projects in
# projects/retries/: tests that fail and then pass when the runner retries them, alone or beside a hard failure.
# Needs Maven (offline with a filled ~/.m2 is fine), Debian's python3-pytest and python3-pytest-rerunfailures
# (run with /usr/bin/python3), node + npm (registry).
# Usage: bash regenerate-retries.sh     (from anywhere; regenerate.sh runs it too)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
projects="$here/projects/retries"
out="$here/samples/retries"
rm -rf "$out" && mkdir -p "$out"

echo "== Surefire: the only failure is a flake and failOnFlakeCount is 1"
(cd "$projects/surefire-flakes-only" && mvn -B -ntp test > "$out/surefire-flakes-only.log" 2>&1)
cp "$projects"/surefire-flakes-only/target/surefire-reports/TEST-*.xml "$out/"
rm -rf "$projects/surefire-flakes-only/target"

echo "== Surefire with JUnit 5: a parameterized invocation is the only flake, failOnFlakeCount is 1"
(cd "$projects/surefire-junit5-flake" && mvn -B -ntp test > "$out/surefire-junit5-flake.log" 2>&1)
rm -rf "$projects/surefire-junit5-flake/target"

echo "== Maven -fae: a flake in lib (its retry passes), a compilation error in app"
(cd "$projects/maven-flakes-and-compile-error" && mvn -B -ntp -fae test \
    > "$out/maven-flakes-and-compile-error.log" 2>&1)
rm -rf "$projects"/maven-flakes-and-compile-error/{,lib/,app/}target

echo "== Failsafe rerun from the command line: an integration test passes on its retry, another fails every run"
(cd "$projects/failsafe-flake-and-failure" && mvn -B -ntp verify -Dfailsafe.rerunFailingTestsCount=2 \
    > "$out/failsafe-flake-and-failure.log" 2>&1)
rm -rf "$projects/failsafe-flake-and-failure/target"

echo "== pytest-rerunfailures: a flake and a test failing on every attempt"
py=/usr/bin/python3
(cd "$projects/pytest-reruns" && $py -m pytest -p no:cacheprovider --reruns 2 -rfER > "$out/pytest-reruns.log" 2>&1)
(cd "$projects/pytest-reruns" && $py -m pytest -p no:cacheprovider --reruns 2 -v > "$out/pytest-reruns-verbose.log" 2>&1)
# Without -v or -rR pytest only counts reruns ("3 rerun") and names no rerun test.
(cd "$projects/pytest-reruns" && $py -m pytest -p no:cacheprovider --reruns 2 > "$out/pytest-reruns-quiet.log" 2>&1)
find "$projects/pytest-reruns" -name __pycache__ -type d -exec rm -rf {} +

echo "== jest.retryTimes with logErrorsBeforeRetry: a flake and a test failing on every attempt"
(cd "$projects/jest-retries" && npm install --no-audit --no-fund --silent \
    && JEST_JUNIT_OUTPUT_DIR="$out" JEST_JUNIT_OUTPUT_NAME=jest-retries-junit.xml \
       npx jest --ci --reporters=default --reporters=jest-junit > "$out/jest-retries.log" 2>&1
    # jest-junit configured to name tests as jest's log does ("cart › loads prices").
    JEST_JUNIT_OUTPUT_DIR="$out" JEST_JUNIT_OUTPUT_NAME=jest-retries-junit-canonical.xml \
       JEST_JUNIT_ANCESTOR_SEPARATOR=" › " JEST_JUNIT_TITLE="{classname} › {title}" \
       npx jest --ci --reporters=jest-junit > /dev/null 2>&1)
rm -rf "$projects/jest-retries/node_modules" "$projects/jest-retries/package-lock.json"
echo "retry samples written to $out"
