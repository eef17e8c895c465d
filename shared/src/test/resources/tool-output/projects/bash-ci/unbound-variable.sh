#!/bin/bash
set -eu
echo "Deploying with token ${DEPLOY_TOKEN}"
