#!/usr/bin/env bash
# Turns a title into a URL slug.
slug() {
  echo "$1" | tr '[:upper:]' '[:lower:]' | tr ' ' '_'
}
