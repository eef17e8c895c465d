#!/bin/bash
# Helpers sourced by the CI scripts.

log() {
  echo "==> $*"
}

install_jdk() {
  log "Installing JDK $1"
  ./install-jdk.sh --feature "$1" --target "$HOME/jdk-$1"
}
