#!/bin/bash
# A Node.js test process that opens more files than the runner's limit allows.
ulimit -n 32
node -e "const fs = require('fs'); for (let i = 0; i < 64; i++) fs.openSync('/dev/null')"
