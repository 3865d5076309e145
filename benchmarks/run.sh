#!/usr/bin/env bash
# Runs every benchmark of issues 4 and 9 and writes JMH's JSON results to benchmarks/results.json, then
# prints the goals as ratios (dev.singletable.benchmarks.Report), as docs/performance.md shows them.
#
#   benchmarks/run.sh --quick   all benchmarks in about 12 minutes on a 2-core machine: fewer
#                               iterations and forks, 1,000 instead of 10,000 items in B4, and
#                               3 instead of 5 measured loads of 20,000 items in B7
#   benchmarks/run.sh           the full configuration: the benchmarks' annotations (about 30 minutes)
#
# Builds benchmarks/target/benchmarks.jar first when it is missing or older than a source.
# Further arguments go to every JMH run, e.g. -jvmArgsAppend -XX:+UseParallelGC.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
if [[ "${1:-}" == "--quick" ]]; then
  quick=true
  shift
fi

jar=benchmarks/target/benchmarks.jar
if [[ ! -f "$jar" ]] || [[ -n "$(find benchmarks/src/main core/src/main processor/src/main testing/src/main \
    benchmarks/pom.xml pom.xml -newer "$jar" -print -quit)" ]]; then
  echo "Building $jar"
  mvn -B -ntp -q -pl benchmarks -am package -DskipTests
fi

# One JMH run per benchmark class, each with its own quick settings (a single JMH command line
# would force one setting on all: single-shot cold starts and throughput loops need different
# ones). Each writes its JSON to a part file; the parts are joined into one array at the end.
parts=benchmarks/results.json.tmp
rm -rf "$parts"
mkdir -p "$parts"
start=$(date +%s)

run() {
  local name=$1 quick_options=$2
  shift 2
  local options=()
  if $quick; then
    read -r -a options <<< "$quick_options"
  fi
  echo "=== $name $(date -u +%H:%M:%S)"
  java -jar "$jar" "dev.singletable.benchmarks.$name\." "${options[@]}" \
      -foe true -rf json -rff "$parts/$name.json" "$@"
}

# -prof gc adds gc.alloc.rate.norm, the bytes allocated per operation.
run MappingBenchmark "-f 2 -wi 5 -w 2 -i 5 -r 1" -prof gc "$@"
run KeyBenchmark "-f 2 -wi 3 -w 1 -i 5 -r 1" -prof gc "$@"
# -prof cl adds class.load.norm, the classes loaded by the first item: a figure noise cannot move.
run ColdStartBenchmark "-f 10" -prof cl "$@"
run StreamColdStartBenchmark "-f 10" -prof cl "$@"
run EndToEndBenchmark "-p items=1000 -wi 3 -i 3" -prof gc "$@"
run ClientOverheadBenchmark "-f 1 -wi 12 -w 2 -i 5 -r 2" -prof gc "$@"
run CompileBenchmark "-wi 2 -i 3" "$@"
run BatchLoadBenchmark "-wi 1 -i 3" "$@"

# Each part is a JSON array: "[" on its first line, "]" on its last but blank lines. Join their
# elements.
{
  echo "["
  first=true
  for part in "$parts"/*.json; do
    $first || echo ","
    first=false
    sed '/^[[:space:]]*$/d' "$part" | sed '1d;$d'
  done
  echo "]"
} > benchmarks/results.json
rm -rf "$parts"

echo
echo "Wrote benchmarks/results.json in $(( ($(date +%s) - start) / 60 )) min $(( ($(date +%s) - start) % 60 )) s" \
    "($($quick && echo quick || echo full) configuration, $(nproc) cores)"
echo
java -cp "$jar" dev.singletable.benchmarks.Report benchmarks/results.json
