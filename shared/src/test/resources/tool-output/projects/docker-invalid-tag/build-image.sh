#!/bin/bash
# IMAGE_NAME is set only in the release pipeline; elsewhere the tag has no repository name.
set -e
docker build -t "$IMAGE_NAME:current" .
