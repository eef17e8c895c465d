#!/bin/sh
test "$(printf '%.0f' 2.4)" = 2
