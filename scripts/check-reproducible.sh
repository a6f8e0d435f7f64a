#!/usr/bin/env bash
# Builds the reactor twice from clean and compares every jar and pom it produces, byte for byte.
# Usage: scripts/check-reproducible.sh  (from the repository root; skips tests, takes a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."

list_artifacts() {
  find . -path ./examples -prune -o -path '*/target/*' -type f \( -name '*.jar' -o -name '*.pom' \) -print \
    | grep -v '/target/.*-tests-' | sort | xargs sha256sum
}

build() {
  mvn -B -q -DskipTests -Dlicense.skipAddThirdParty clean package >/dev/null
}

build
first=$(mktemp)
list_artifacts > "$first"
build
second=$(mktemp)
list_artifacts > "$second"

if diff -u "$first" "$second"; then
  echo "reproducible: $(wc -l < "$first") artifacts identical across two clean builds"
else
  echo "NOT reproducible: the artifacts above differ between two clean builds" >&2
  exit 1
fi
