#!/bin/bash
# A step whose process gets SIGKILL (what the out-of-memory killer sends).
sleep 30 &
kill -9 $!
wait $!
