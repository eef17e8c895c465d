#!/usr/bin/env bash
# Regenerates javac-hostile.log: the real output of javac on project/src/Hostile.java, a broken source whose
# error lines echo hostile text (workflow commands, backticks, mentions, HTML, a token-shaped string), as a
# build step saved with `set -o pipefail; … | tee` would hold it.
set -uo pipefail
cd "$(dirname "$0")"
out=$(mktemp -d)
{
  echo "+ javac -d out src/Hostile.java"
  (cd project && javac -d "$out" src/Hostile.java 2>&1)
  echo "Error: Process completed with exit code 1."
} > javac-hostile.log
rm -rf "$out"
