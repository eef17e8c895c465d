#!/usr/bin/env bash
# Regenerates the golden examples from the small broken projects under projects/:
#   bash docs/examples/regenerate.sh
# 1. Builds each project with the repository's Maven wrapper (offline once dependencies are cached) and keeps the
#    real Maven output. The projects are copied to /tmp/cfa-examples first, so that the paths in the logs do not
#    depend on where the repository is checked out.
# 2. Wraps that output in CI framing. Only the framing is templated (GitHub's timestamps and ##[group] lines, Jenkins'
#    [Pipeline] lines and console notes); every tool line is exactly what Maven printed.
# 3. Rewrites the golden reports (*.report.json) with the analyzer of this checkout:
#    ./mvnw -q -B -pl gha-action-runner -am test -Dtest=GoldenExamplesTest -Dgolden.update=true \
#        -Dsurefire.failIfNoSpecifiedTests=false
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work=/tmp/cfa-examples
rm -rf "$work" && mkdir -p "$work"

build() { # project goal... -> Maven's output on stdout
  local project="$1"; shift
  cp -r "$here/projects/$project" "$work/$project"
  (cd "$work/$project" && "$repo/mvnw" -o -B -ntp "$@" 2>&1) || true
}

# GitHub: every line gets a timestamp; a step is a ##[group] with its command, then its output.
github() { # step-name command < output
  local second=0
  stamp() { printf '2026-11-26T10:%02d:%02d.%07dZ %s\n' $((second / 60)) $((second % 60)) $((second * 1234567 % 10000000)) "$1"; second=$((second + 1)); }
  stamp "##[group]Run actions/checkout@v4"
  stamp "with:"
  stamp "  repository: example/app"
  stamp "##[endgroup]"
  stamp "Syncing repository: example/app"
  stamp "##[group]Run $1"
  stamp "$2"
  stamp "shell: /usr/bin/bash -e {0}"
  stamp "##[endgroup]"
  while IFS= read -r line; do stamp "$line"; done
  stamp "##[error]Process completed with exit code 1."
}

# Jenkins: Pipeline framing lines carry hidden console notes (ESC[8mha:...ESC[0m), the sh step echoes its command.
jenkins() { # stage command < output
  local note=$'\e[8mha:////4IY2yvwmvz0XZyq5jAAAAlB+LCAAAAAAAAP9b85aBtbiIQTGjNKU4P08vOT+vOD8nVc83PyU1x6OyILUoJzMv2y+/JJUBAjgZGRgqipQEqgAAAA==\e[0m'
  printf 'Started by user admin\n'
  printf '%s[Pipeline] Start of Pipeline\n' "$note"
  printf '%s[Pipeline] node\n' "$note"
  printf 'Running on Jenkins in /var/jenkins_home/workspace/app\n'
  printf '%s[Pipeline] {\n' "$note"
  printf '%s[Pipeline] stage\n' "$note"
  printf '%s[Pipeline] { (%s)\n' "$note" "$1"
  printf '%s[Pipeline] sh\n' "$note"
  printf '+ %s\n' "$2"
  cat
  printf '%s[Pipeline] }\n' "$note"
  printf '%s[Pipeline] // stage\n' "$note"
  printf '%s[Pipeline] }\n' "$note"
  printf '%s[Pipeline] // node\n' "$note"
  printf '%s[Pipeline] End of Pipeline\n' "$note"
  printf 'ERROR: script returned exit code 1\n'
  printf 'Finished: FAILURE\n'
}

build maven-compilation verify | github "mvn -B -ntp verify" "mvn -B -ntp verify" > "$here/github-maven-compilation.log"
build maven-test-failure verify | jenkins "Test" "mvn -B -ntp verify" > "$here/jenkins-maven-test.log"

"$repo/mvnw" -q -B -f "$repo/pom.xml" -pl gha-action-runner -am install -DskipTests
"$repo/mvnw" -q -B -f "$repo/pom.xml" -pl gha-action-runner test -Dtest=GoldenExamplesTest -Dgolden.update=true \
    -Dsurefire.failIfNoSpecifiedTests=false
