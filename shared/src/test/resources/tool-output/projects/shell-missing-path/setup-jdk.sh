#!/bin/bash
# Calls a function of functions.sh that runs install-jdk.sh, which was never added to the repository.
set -e
source ./functions.sh
install_jdk 17
