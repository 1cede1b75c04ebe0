#!/usr/bin/env bash
# Parser throughput benchmark (issue #3): the HCL parser over the conformance corpus x100, and the
# JSON tree reader over examples/iam x100 as a baseline. Prints one line per benchmark, e.g.
#   HCL parser: 7500 files (75 x 100), 1.95 MB per op, 76.8 MB/s (±9.0)
# Usage:
#   scripts/bench-hcl.sh [--no-build] [JMH options...]
# JMH options replace the quick defaults below (about 45 s of measuring); for example
#   scripts/bench-hcl.sh -f 3 -wi 5 -i 10 -w 2s -r 2s     more careful
#   scripts/bench-hcl.sh HclParseBenchmark                only the HCL parser
#   scripts/bench-hcl.sh -p copies=10                     a smaller corpus per operation
# The raw JMH results are written to bench/target/jmh-result.json.
# Not part of `mvn verify`: the build only compiles the bench module there.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

build=true
if [ "${1:-}" = "--no-build" ]; then build=false; shift; fi

jar="bench/target/benchmarks.jar"
if $build || [ ! -f "$jar" ]; then
  echo "building $jar ..." >&2
  # maven.test.skip: no test compilation and no test tooling (hcl2json install) in core either
  mvn -B -q -pl bench -am package -Dmaven.test.skip=true
fi

if [ "$#" -eq 0 ]; then
  set -- -f 1 -wi 5 -i 5 -w 2s -r 2s 'io\.ccmlint\.bench\.(Hcl|Json)ParseBenchmark\.'
fi

exec java -Dccmlint.repo="$repo_root" -cp "$jar" io.ccmlint.bench.BenchMain \
  -rf json -rff bench/target/jmh-result.json "$@"
