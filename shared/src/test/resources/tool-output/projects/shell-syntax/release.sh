#!/usr/bin/env bash
version="${1:-1.0.0}"
if [ -z "$version" ]; then
  echo "no version" >&2
  exit 1
echo "releasing $version"
