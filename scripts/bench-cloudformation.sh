#!/usr/bin/env bash
# End-to-end benchmark of `ccm-lint check` on CloudFormation templates (issue #17): the real
# launcher and jar, JVM start included, on COUNT templates generated under
# target/bench-corpus-cfn/ (gitignored) by scripts/bench-cfn-corpus.js (our own templates: roles
# with trust and inline policies, managed policy ARNs, parameters, conditions, !Sub; YAML with short
# tags, YAML long form, JSON). Prints files, MB, the median wall time of `check` and of
# `check --no-rules` (read, parse, evaluate in every scenario, model: no rule), files/s, MB/s and
# peak RSS, like scripts/bench-check.sh does for its corpus.
# Usage:
#   scripts/bench-cloudformation.sh [--runs R] [COUNT...]     (R: runs per figure, median; default 5; COUNT default 1000)
# Needs Java 17+, Maven, Node.js and GNU time (/usr/bin/time). On a machine with more than 2
# processors the runs are pinned to 2 (taskset). Not part of `mvn verify`.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
runs=5
if [ "${1:-}" = "--runs" ]; then runs="$2"; shift 2; fi
counts=("$@")
[ "${#counts[@]}" -eq 0 ] && counts=(1000)

[ -x /usr/bin/time ] || { echo "bench-cloudformation: needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 2; }
pin=()
if [ "$(nproc)" -gt 2 ] && command -v taskset >/dev/null; then pin=(taskset -c 0,1); fi

# 1. The jar and its class-data archive, exactly as a user gets them (the launcher builds both).
./ccm-lint rules >/dev/null

# 2. The corpus: COUNT templates and the Harness settings of examples/ (so trust rules have an account).
corpus="$repo/target/bench-corpus-cfn"
corpus_of() {
  local n=$1 d="$corpus/n$1" stamp
  stamp="$n $(cksum < scripts/bench-cfn-corpus.js)"
  if [ "$(cat "$d/.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$d"
    node scripts/bench-cfn-corpus.js "$d/templates" "$n" >&2
    printf 'harness:\n  accountId: Kq2vT8xWbN4mR1yZc7LpHg\n  hosts: [app.harness.io]\n  ccmPrincipalAccounts: ["891928451355"]\n' \
      > "$d/.ccm-lint.yml"
    echo "$stamp" > "$d/.stamp"
  fi
  echo "$d"
}

measure() { # args: command...; prints "seconds rss_kb cpu_seconds best_seconds" (median wall time, largest RSS, CPU of the median run, shortest wall time)
  local runs_out=() rss=0 out
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -o "$corpus/time.txt" -f '%e %M %U %S' ${pin[@]+"${pin[@]}"} "$@" >/dev/null 2>"$corpus/stderr.txt" || true
    out=$(tail -1 "$corpus/time.txt")
    read -r wall kb user sys <<< "$out"
    runs_out+=("$wall $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')")
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  printf '%s\n' "${runs_out[@]}" | sort -n | awk -v rss="$rss" '{w[NR]=$1; c[NR]=$2} END {m=int((NR+1)/2); print w[m], rss, c[m], w[1]}'
}

mkdir -p "$corpus"
echo "machine: $(nproc) processors$([ ${#pin[@]} -gt 0 ] && echo ', pinned to 2'), $(free -m | awk '/^Mem:/ {print $2}') MB memory, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
echo "launcher: ./ccm-lint (its default JVM flags and class-data archive; CCM_LINT_JAVA_OPTS=${CCM_LINT_JAVA_OPTS:-})"
echo "runs per figure: $runs (median wall time, largest peak RSS)"
echo
printf '%6s %7s | %8s %8s %7s %7s %8s %8s | %8s %8s %8s | %8s\n' files MB 'check s' 'files/s' 'MB/s' 'best s' 'CPU s' 'RSS MB' \
  'parse s' 'files/s' 'CPU s' overhead
for n in "${counts[@]}"; do
  d=$(corpus_of "$n")
  files=$(find "$d/templates" -type f | wc -l)
  bytes=$(find "$d/templates" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
  find "$d" -type f -exec cat {} + >/dev/null   # warm the page cache: we measure ccm-lint, not the disk
  read -r full full_rss full_cpu full_best < <(measure ./ccm-lint check --quiet --no-color "$d")
  read -r parse parse_rss parse_cpu parse_best < <(measure ./ccm-lint check --no-rules --quiet --no-color "$d")
  awk -v f="$files" -v b="$bytes" -v t="$full" -v r="$full_rss" -v c="$full_cpu" -v tb="$full_best" -v p="$parse" -v pc="$parse_cpu" 'BEGIN {
    printf "%6d %7.2f | %8.2f %8.0f %7.2f %7.2f %8.2f %8.0f | %8.2f %8.0f %8.2f | %7.2fx\n",
      f, b / 1e6, t, f / t, b / 1e6 / t, tb, c, r / 1024, p, f / p, pc, t / p }'
done
echo "(best s: the shortest wall time of the runs; CPU s: user + system time of the median run. On a busy machine"
echo " the wall time is longer than CPU time / 2: see the load average above)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "findings of the last run (check --format json): $({ ./ccm-lint check --format json --no-color "$d" 2>/dev/null || true; } \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);const by={};
      for (const f of r.findings||[]) by[f.rule]=(by[f.rule]||0)+1;
      console.log(Object.entries(by).sort().map(([k,v])=>k+" "+v).join(", ")||"none")})' || echo '?')"
