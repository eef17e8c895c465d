#!/bin/bash
# Links against a shared library, then runs the program where the library is gone, as a test step does on a
# runner that lacks a system package the build machine had.
set -e
gcc -shared -fPIC -o lib/libgreet.so lib/greet.c
gcc -o greet-app main.c -Llib -lgreet
rm lib/libgreet.so
./greet-app
