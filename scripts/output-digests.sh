#!/usr/bin/env bash
# Converts every article the project owns (the sample, core's annotated articles, the HTML reader's test pages)
# and the shared corpus, when present, to JSON, EPUB and PDF with the built command, and prints the SHA-256 of
# each output, one per line, sorted. Run it before and after a change that must not alter output, and diff.
# Usage: scripts/output-digests.sh [OUT-DIR]   (needs cli/target/tearsheet.jar; SOURCE_DATE_EPOCH is fixed)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
jar=cli/target/tearsheet.jar
export SOURCE_DATE_EPOCH=1767225600
inputs=(core/src/test/resources/articles import-html/src/test/resources/pages)
[ -d ../shared/corpus ] && inputs+=(../shared/corpus)
java -jar "$jar" convert --sample --out "$out/sample" >/dev/null
for dir in "${inputs[@]}"; do
  name=$(basename "$dir")
  files=$(find "$dir" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' \) | sort)
  # shellcheck disable=SC2086
  java -jar "$jar" convert $files --out "$out/$name" >/dev/null 2>"$out/$name.log"
done
java -jar "$jar" book core/src/test/resources/articles/*.txt --title "Test articles" --author "Tearsheet" \
  --out "$out/book/articles" >/dev/null
(cd "$out" && find . -type f \( -name '*.json' -o -name '*.epub' -o -name '*.pdf' \) -print0 | sort -z | xargs -0 sha256sum)
