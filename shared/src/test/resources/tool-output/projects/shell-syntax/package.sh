#!/bin/sh
set -eu
for arch in amd64 arm64; do
  echo "packaging $arch"
fi
