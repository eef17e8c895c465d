#!/bin/bash
# A test process that opens more files than the runner's limit allows.
ulimit -n 32
python3 -c "handles = [open('/dev/null') for _ in range(64)]"
