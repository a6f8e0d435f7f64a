#!/usr/bin/env bash
# Builds the reactor twice from clean and compares every jar and pom it produces, byte for byte.
# Usage: scripts/check-reproducible.sh  (from anywhere; skips tests, takes a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -DskipTests clean package >/dev/null
first=$(mktemp)
scripts/artifact-digests.sh > "$first"
mvn -B -q -DskipTests clean package >/dev/null
second=$(mktemp)
scripts/artifact-digests.sh > "$second"

if diff -u "$first" "$second"; then
  echo "reproducible: $(wc -l < "$first") artifacts identical across two clean builds"
else
  echo "NOT reproducible: the artifacts above differ between two clean builds" >&2
  exit 1
fi
