#!/bin/bash
# The docs job of a CI script, after the scripts/travis folder was renamed.
set -e
echo "Building the docs"
cd ./scripts/travis
./build-docs.sh
