#!/usr/bin/env bash
# Tearsheet against the tools users would otherwise pick, on this machine, in one run: builds the command-line jar
# with its AppCDS archive and the benchmarks jar, then prints one table of medians and ratios (peer ÷ Tearsheet)
# and the memory of a 10,000-article book. Not part of CI; takes 30-60 minutes on 2 cores (see bench/README.md).
#
#   bench/compare.sh                          # everything
#   bench/compare.sh --skip memory --batch 200 --runs 5
#
# Needs pandoc (apt-get install -y pandoc) and GNU time at /usr/bin/time (apt-get install -y time).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v pandoc >/dev/null || { echo "compare.sh: pandoc is missing (apt-get install -y pandoc)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "compare.sh: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }

if [ -z "${SKIP_BUILD:-}" ]; then
  # -Pcds adds the AppCDS training run to cli's package phase (cli/target/tearsheet.jsa).
  mvn -B -q -DskipTests -Pcds -pl cli,bench -am package
fi

# Run from a copy, so that rebuilding bench/ during a long run cannot pull the jar from under the JMH forks.
work=bench/target/compare
mkdir -p "$work"
cp bench/target/benchmarks.jar "$work/benchmarks.jar"
exec java -cp "$work/benchmarks.jar" io.tearsheet.bench.compare.PeerComparison \
  --cli cli/target/tearsheet.jar --cds cli/target/tearsheet.jsa --work "$work" "$@"
