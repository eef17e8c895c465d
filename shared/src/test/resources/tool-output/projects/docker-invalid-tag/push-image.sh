#!/bin/bash
# The repository name comes from the GitHub repository, which has capitals in it.
set -e
docker tag app:latest "ghcr.io/Acme/InvoiceService:$1"
