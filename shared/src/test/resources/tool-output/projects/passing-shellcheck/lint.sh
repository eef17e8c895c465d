#!/usr/bin/env bash
# A CI step that echoes each command it runs (set -x) and lints the project's scripts, which pass.
set -ex
shellcheck -e SC2039,2086 bin/tool
shellcheck --exclude=SC1090 --severity=warning bin/tool
