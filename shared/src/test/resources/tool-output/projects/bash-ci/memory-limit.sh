#!/bin/bash
# A process that needs more memory than the runner grants.
ulimit -v 200000
python3 -c "buffer = bytearray(1024 * 1024 * 1024)"
