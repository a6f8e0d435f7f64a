#!/usr/bin/env bash
# Checks EPUB files with DAISY Ace, the EPUB accessibility checker (npm package @daisy/ace, pinned in
# scripts/ace/package-lock.json), in headless Chromium from Debian. Exits non-zero when a file has a violation.
#
#   scripts/ace-check.sh out/sample.epub out/harbour-of-voices.epub
#
# Ace's own browser download is skipped (this machine reaches only package registries); its Puppeteer runner is
# pointed at Debian's Chromium through a wrapper that adds the flags a root, offline, headless run needs.
# Reports are written next to the work folder: target/ace/report/<name>/report.html.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 FILE.epub..." >&2; exit 2; }
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/target/ace"
mkdir -p "$work"

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

if ! cmp -s "$root/scripts/ace/package-lock.json" "$work/package-lock.json" || [ ! -x "$work/node_modules/.bin/ace-puppeteer" ]; then
  cp "$root/scripts/ace/package.json" "$root/scripts/ace/package-lock.json" "$work/"
  # --ignore-scripts: the Electron runner's install script downloads a browser; the Puppeteer runner needs none
  (cd "$work" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

cat > "$work/chromium" <<'EOF'
#!/bin/sh
exec chromium --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync "$@"
EOF
chmod +x "$work/chromium"

failed=0
for epub in "$@"; do
  name="$(basename "$epub" .epub)"
  report="$work/report/$name"
  rm -rf "$report"
  if ! PUPPETEER_EXECUTABLE_PATH="$work/chromium" "$work/node_modules/.bin/ace-puppeteer" --silent --force \
      --outdir "$report" "$epub" > "$work/$name.log" 2>&1; then
    echo "$epub: Ace did not finish (log: $work/$name.log)" >&2
    failed=1
    continue
  fi
  outcome="$(node -e '
    const r = require(process.argv[1]);
    const bad = r.assertions.flatMap(a => a.assertions || [])
      .filter(a => a["earl:result"]["earl:outcome"] !== "pass")
      .map(a => a["earl:test"]["dct:title"] + " (" + a["earl:test"]["earl:impact"] + ")");
    console.log(r["earl:result"]["earl:outcome"] + (bad.length ? ": " + bad.join(", ") : ""));
  ' "$report/report.json")"
  echo "$epub: Ace $outcome"
  case "$outcome" in pass*) ;; *) failed=1 ;; esac
done
exit "$failed"
