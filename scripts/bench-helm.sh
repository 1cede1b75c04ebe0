#!/usr/bin/env bash
# Helm chart rendering benchmark (issue #19), warm and cold, for one chart and its values:
#   warm: JMH (HelmRenderBenchmark) renders the chart again and again in one JVM, as `render` does
#         (render) and as `check` does (renderTraced: each template alone, with origins);
#   cold: a new `./ccm-lint render` process per run (JVM start, class loading, the jar's class-data
#         archive), the median of RUNS wall times, and a `./ccm-lint check` of the chart folder with
#         the release configured, for what linting a chart costs end to end.
# Usage:
#   scripts/bench-helm.sh [--runs R] [CHART [VALUES]]
# CHART defaults to examples/helm/delegate and VALUES to examples/helm/values-prod.yaml (VALUES ""
# for none). For Argo CD's chart (bench/corpus/argo-cd-chart/, which `scripts/bench-check.sh --corpus-only`
# unpacks without its dependency), pass target/bench-corpus/argo-cd-chart/argo-cd and "".
# Needs Java 17+, Maven and GNU time (/usr/bin/time).
# On a machine with more than 2 processors the runs are pinned to 2 (taskset). Not part of `mvn verify`.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
runs=10
if [ "${1:-}" = "--runs" ]; then runs="$2"; shift 2; fi
chart="${1:-examples/helm/delegate}"
values="${2-examples/helm/values-prod.yaml}"
[ -x /usr/bin/time ] || { echo "bench-helm: needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 2; }
pin=()
if [ "$(nproc)" -gt 2 ] && command -v taskset >/dev/null; then pin=(taskset -c 0,1); fi

./ccm-lint rules >/dev/null   # the jar and its class-data archive, as a user gets them
jar="bench/target/benchmarks.jar"
mvn -B -q -pl bench -am package -Dmaven.test.skip=true

echo "== warm (JMH, ms per render; $chart${values:+ with $values})"
"${pin[@]}" java -Dccmlint.repo="$repo" -cp "$jar" io.ccmlint.bench.BenchMain -f 1 -wi 5 -i 5 -w 1s -r 1s \
  -p chart="$chart" -p values="$values" 'io\.ccmlint\.bench\.HelmRenderBenchmark\.' 2>&1 | grep -E "manifests|HelmRenderBenchmark\.[a-zA-Z]+:"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
render_args=(render "$chart" --release prod -n harness-delegate-ng)
[ -n "$values" ] && render_args+=(-f "$values")

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# the chart alone in a folder, with the release configured: what `check` renders and lints
cp -r "$chart" "$tmp/chart"
printf 'helm:\n  releases:\n    - chart: chart\n      name: prod\n      namespace: harness-delegate-ng\n' > "$tmp/.ccm-lint.yml"
if [ -n "$values" ]; then cp "$values" "$tmp/values.yaml"; printf '      values: [values.yaml]\n' >> "$tmp/.ccm-lint.yml"; fi

for what in render check; do
  : > "$tmp/$what.times"
  for _ in $(seq "$runs"); do
    if [ "$what" = render ]; then
      /usr/bin/time -f "%e %M" -o "$tmp/t" "${pin[@]}" ./ccm-lint "${render_args[@]}" > /dev/null
    else
      /usr/bin/time -f "%e %M" -o "$tmp/t" "${pin[@]}" ./ccm-lint check --quiet --no-color "$tmp" > /dev/null || true
    fi
    tail -1 "$tmp/t" >> "$tmp/$what.times"   # (time writes "Command exited with non-zero status 1" first when check finds something)
  done
  wall=$(cut -d' ' -f1 "$tmp/$what.times" | median)
  rss=$(cut -d' ' -f2 "$tmp/$what.times" | median)
  echo "== cold ./ccm-lint $what: median wall ${wall}s over $runs runs, median peak RSS $((${rss%.*} / 1024)) MB"
done
