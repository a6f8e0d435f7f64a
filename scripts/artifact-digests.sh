#!/usr/bin/env bash
# Prints the SHA-256 of every jar and pom the reactor built (test jars included), one per line, sorted.
set -euo pipefail
cd "$(dirname "$0")/.."
find . -path ./examples -prune -o -path '*/target/*' -type f \( -name '*.jar' -o -name '*.pom' \) -print \
  | sort | xargs sha256sum
