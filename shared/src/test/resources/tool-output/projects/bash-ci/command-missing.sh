#!/bin/bash
set -e
echo "Linting"
swiftlint lint --strict
