#!/usr/bin/env bash
# A download progress bar as terminals draw it: each frame rewrites the line after a bare CR.
printf 'Downloading dependencies\n'
for p in 0 25 50 75 100; do printf '\r[%-20s] %3d%%' "$(printf '#%.0s' $(seq 1 $((p / 5 + 1))))" "$p"; done
printf '\n'
printf 'Resolving deltas:  50%% (1/2)\rResolving deltas: 100%% (2/2)\rResolving deltas: 100%% (2/2), done.\n'
printf 'BUILD FAILED\n'
