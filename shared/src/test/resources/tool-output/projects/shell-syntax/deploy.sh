#!/usr/bin/env bash
set -euo pipefail
for target in staging production; do
  if [ -n "${DEPLOY_KEY:-}" ]; then
    echo "deploying to $target"
  fi
done
fi
