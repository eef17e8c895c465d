#!/bin/sh
target=$1
echo Deploying to $target
cp build/* $target
