#!/usr/bin/env bash
# Read-path overhead (issue #22, target 1): ccm-lint's read path (bytes -> located tree -> models)
# against the parser under it, same text, same JMH run (ReadPathBenchmark): YAML against SnakeYAML
# Engine's compose (Argo CD's CRD-heavy install.yaml, our delegate manifest), JSON against Jackson's
# streaming parser (the AWS managed policies when scripts/bench-check.sh has built them, else
# examples/iam x100), HCL against our lexer (the conformance files x100). Prints one line per input:
#   YAML read path / SnakeYAML compose, argo-cd install.yaml (1 file, 1.94 MB), C1: 1.41x ±0.24 (257.4 ms vs 182.3 ms); CPU time 1.41x ±0.24 (...)
# The forks run with the launcher's flags (C1 only, serial GC), as users run ccm-lint. The wall-time
# ratio comes first; the CPU-time one (the fork's CPU per operation, CpuTimeProfiler) is the steadier
# of the two on a machine others are using.
# Usage:
#   scripts/bench-read.sh [--no-build] [--c2 | --both] [--paired [SECONDS]] [JMH options...]
#     --c2      tiered compilation up to C2 instead (serial GC kept, longer warm-up); --both: C1, then C2
#     --paired  not JMH: each pair's two operations in turns, SECONDS (10) per pair after half as much
#               warm-up, the median ratio of the rounds (ReadPathPaired): steadier when the machine
#               is shared, as a busy spell slows both halves of a round alike (about 1 minute)
# Any JMH option may follow. A timing option (-f -wi -i -w -r) replaces all the quick defaults
# (C1: -f 1 -wi 3 -i 5 -w 1s -r 1s, about 80 s; C2: -wi 5 -w 2s, about 2 minutes); a pattern naming
# ReadPathBenchmark replaces the default one (every pair). For example
#   scripts/bench-read.sh -f 3 -wi 5 -i 10 -w 1s -r 1s                more careful
#   scripts/bench-read.sh -p yaml=argo-cd 'ReadPathBenchmark\.yaml'    one input
#   scripts/bench-read.sh -p json=iam 'ReadPathBenchmark\.json'        the IAM examples even when the AWS corpus exists
# On a machine with more than 2 processors the runs are pinned to 2 (taskset). The raw JMH results
# are written to bench/target/jmh-read-<jit>.json. Not part of `mvn verify`.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

build=true
jits=(c1)
paired=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --no-build) build=false; shift ;;
    --c2) jits=(c2); shift ;;
    --both) jits=(c1 c2); shift ;;
    --paired)
      paired=10; shift
      if [[ "${1:-}" =~ ^[0-9]+([.][0-9]+)?$ ]]; then paired="$1"; shift; fi ;;
    *) break ;;
  esac
done

jar="bench/target/benchmarks.jar"
if [ ! -d target/bench-corpus/base/aws-managed ]; then
  echo "note: no target/bench-corpus/base/aws-managed (scripts/bench-check.sh builds it): JSON reads examples/iam x100" >&2
fi
if $build || [ ! -f "$jar" ]; then
  echo "building $jar ..." >&2
  mvn -B -q -pl bench -am package -Dmaven.test.skip=true
fi

pin=()
if [ "$(nproc)" -gt 2 ] && command -v taskset >/dev/null; then pin=(taskset -c 0,1); fi

if [ -n "$paired" ]; then # the same pairs in turns, in one plain JVM per compiler (ReadPathPaired)
  for jit in "${jits[@]}"; do
    flags=(-Xms1g -Xmx1g -XX:+UseSerialGC)
    [ "$jit" = c1 ] && flags+=(-XX:TieredStopAtLevel=1)
    ${pin[@]+"${pin[@]}"} java "${flags[@]}" -Dccmlint.repo="$repo_root" -cp "$jar" io.ccmlint.bench.ReadPathPaired "$paired" 2>&1 \
      | grep -E '^(ccm-lint read path|[A-Z]+ read path /|Exception|Caused by|\s+at )'
  done
  exit 0
fi

# the quick defaults unless a timing option is given; this benchmark unless a pattern names it
timing=true include=true
for a in "$@"; do
  case "$a" in -f|-wi|-i|-w|-r) timing=false ;; *ReadPath*) include=false ;; esac
done
$include && set -- "$@" 'io\.ccmlint\.bench\.ReadPathBenchmark\.'

for jit in "${jits[@]}"; do
  # the benchmark's own @Fork flags are C1's; a command-line -jvmArgsAppend replaces them. C2 keeps
  # the serial GC, so only the compiler differs, and warms up longer (C2 compiles late on 2 cores).
  opts=()
  if [ "$jit" = c1 ]; then
    $timing && opts=(-f 1 -wi 3 -i 5 -w 1s -r 1s)
  else
    opts=(-jvmArgsAppend "-Xms1g -Xmx1g -XX:+UseSerialGC")
    $timing && opts+=(-f 1 -wi 5 -i 5 -w 2s -r 1s)
  fi
  echo "== $jit" >&2
  ${pin[@]+"${pin[@]}"} java -Dccmlint.repo="$repo_root" -cp "$jar" io.ccmlint.bench.BenchMain \
    -prof io.ccmlint.bench.CpuTimeProfiler -rf json -rff "bench/target/jmh-read-$jit.json" ${opts[@]+"${opts[@]}"} "$@" \
    | tee "bench/target/jmh-read-$jit.txt" | grep -E '^(ccm-lint benchmarks:|[A-Z]+ read path /)'
done
