#!/usr/bin/env bash
# Regenerates the test-report samples under samples/ by running the real tools on the little projects in
# projects/. Needs Maven (offline with a filled ~/.m2 is fine), python3 with pytest, node + npm (registry), and the
# analyzer jar (built here) for the flaky history's category and fingerprint.
# Usage: bash regenerate.sh            (from anywhere; takes a minute or two)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../../.." && pwd)"
samples="$here/samples"
rm -rf "$samples" && mkdir -p "$samples"/{surefire,pytest,jest,flaky}

echo "== Surefire (mvn test, failing and erroring tests, one test passing on retry)"
(cd "$here/projects/surefire" && mvn -B -ntp test > "$samples/surefire/mvn-test.log" 2>&1)
cp "$here"/projects/surefire/target/surefire-reports/TEST-*.xml "$samples/surefire/"
rm -rf "$here/projects/surefire/target"

echo "== pytest --junitxml"
(cd "$here/projects/pytest" && python3 -m pytest -p no:cacheprovider --junitxml="$samples/pytest/junit.xml" \
    > "$samples/pytest/pytest.log" 2>&1)

echo "== jest with jest-junit"
(cd "$here/projects/jest" && npm install --no-audit --no-fund --silent \
    && JEST_JUNIT_OUTPUT_DIR="$samples/jest" npx jest --ci --reporters=default --reporters=jest-junit \
    > "$samples/jest/jest.log" 2>&1)
rm -rf "$here/projects/jest/node_modules" "$here/projects/jest/package-lock.json"

echo "== flaky history: the same code run until it has passed and failed, last run failing"
(cd "$repo" && ./mvnw -q -B -ntp -DskipTests package)
jar="$repo/gha-action-runner/target/ci-failure-agent.jar"
# The commit id stands for "the code these runs ran": the blob id of the flaky test file.
commit="$(git hash-object "$here/projects/flaky/test_flaky.py")"
python3 - "$here/projects/flaky" "$samples/flaky" "$jar" "$commit" <<'PY'
import json, subprocess, sys, xml.etree.ElementTree as ET, os
project, out, jar, commit = sys.argv[1:5]
runs, passed = [], False
for run in range(1, 41):
    log = os.path.join(out, "run.log")
    xml = os.path.join(out, "run.xml")
    with open(log, "w") as f:
        rc = subprocess.call(["python3", "-m", "pytest", "-p", "no:cacheprovider", "--junitxml=" + xml],
                             cwd=project, stdout=f, stderr=subprocess.STDOUT)
    failing = []
    for case in ET.parse(xml).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failing.append(case.get("classname").replace(".", "/") + ".py::" + case.get("name"))
    record = {"run": run, "commit": commit, "timestamp": "2026-11-%02dT10:00:00Z" % run,
              "result": "success" if rc == 0 else "failure", "failingTests": failing}
    if rc != 0:
        report = json.loads(subprocess.check_output(["java", "-jar", jar, "analyze", "--format", "json", log]))
        record["category"], record["fingerprint"] = report["category"], report["fingerprint"]
    passed = passed or rc == 0
    if rc != 0 and passed and run >= 12:
        os.replace(log, os.path.join(out, "current.log"))
        os.replace(xml, os.path.join(out, "current-junit.xml"))
        break
    runs.append(record)
    os.remove(log); os.remove(xml)
with open(os.path.join(out, "history.jsonl"), "w") as f:
    for r in runs:
        f.write(json.dumps(r) + "\n")
with open(os.path.join(out, "commit.txt"), "w") as f:
    f.write(commit + "\n")
print("history: %d earlier runs, %d failed" % (len(runs), sum(r["result"] == "failure" for r in runs)))
PY
bash "$here/regenerate-retries.sh"
echo "samples written to $samples"
