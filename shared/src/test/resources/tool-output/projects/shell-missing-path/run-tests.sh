#!/bin/bash
# Sources and runs helper scripts that the repository no longer has.
echo "Loading the test environment"
source test/env.sh
echo "Running the integration tests"
bash test/x.sh
