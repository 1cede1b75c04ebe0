#!/usr/bin/env bash
# End-to-end benchmark of `ccm-lint check` on Terraform module calls (issue #18): the real launcher
# and jar, JVM start included, on a repository whose root module makes COUNT module calls, generated
# under target/bench-corpus-modules/ (gitignored) by scripts/bench-modules-corpus.js (our own
# Terraform: local modules, plain calls, count = 2, for_each over 3 keys, a module calling a module,
# Harness connectors reading module outputs). Two layouts: `local` (sources ../modules/...) and
# `downloaded` (registry sources resolved through .terraform/modules/modules.json).
#
# The baseline, for each layout, is the same repository with every `module` block renamed
# `module_off` (`<layout>-no-calls`): the same files are read and parsed, the module folders are
# still linted on their own, only no call is followed. So the difference is the cost of following
# the calls: reading the modules a call reaches outside the linted files, evaluating every instance
# with its arguments, and the rules on what the instances add (roles, policies, connectors).
#
# Prints, per COUNT and layout: calls, module instances, the median wall time, shortest wall time,
# CPU time and peak RSS of `check --quiet --no-color`, and the median of what `-Dccmlint.timing`
# says the workspace phase (the sources: here Terraform evaluation) and the rules took; the same for
# the baseline; and the difference.
# Usage:
#   scripts/bench-modules.sh [--runs R] [COUNT...]     (R: runs per figure, median; default 5; COUNT default 200)
# Needs Java 17+, Maven, Node.js and GNU time (/usr/bin/time). On a machine with more than 2
# processors the runs are pinned to 2 (taskset). Not part of `mvn verify`.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
runs=5
if [ "${1:-}" = "--runs" ]; then runs="$2"; shift 2; fi
counts=("$@")
[ "${#counts[@]}" -eq 0 ] && counts=(200)

[ -x /usr/bin/time ] || { echo "bench-modules: needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 2; }
pin=()
if [ "$(nproc)" -gt 2 ] && command -v taskset >/dev/null; then pin=(taskset -c 0,1); fi

# 1. The jar and its class-data archive, exactly as a user gets them (the launcher builds both).
./ccm-lint rules >/dev/null

# 2. The corpus: for COUNT calls, the four repositories (local, downloaded, and their -no-calls baselines).
corpus="$repo/target/bench-corpus-modules"
corpus_of() {
  local n=$1 d="$corpus/n$1" stamp
  stamp="$n $(cksum < scripts/bench-modules-corpus.js)"
  if [ "$(cat "$d/.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$d"
    node scripts/bench-modules-corpus.js "$d" "$n" >&2
    echo "$stamp" > "$d/.stamp"
  fi
  echo "$d"
}

# args: command...; prints "seconds rss_kb cpu_seconds best_seconds workspace_ms rules_ms" (median wall time,
# largest RSS, CPU of the median run, shortest wall time, median workspace and rules laps of -Dccmlint.timing)
measure() {
  local runs_out=() laps=() rss=0 out
  for _ in $(seq 1 "$runs"); do
    CCM_LINT_JAVA_OPTS="${CCM_LINT_JAVA_OPTS:-} -Dccmlint.timing" \
      /usr/bin/time -o "$corpus/time.txt" -f '%e %M %U %S' ${pin[@]+"${pin[@]}"} "$@" >/dev/null 2>"$corpus/stderr.txt" || true
    out=$(tail -1 "$corpus/time.txt")
    read -r wall kb user sys <<< "$out"
    runs_out+=("$wall $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')")
    laps+=("$(awk '/ccm-lint timing: .* ms  workspace \(/ {w=$3} / ms  [0-9]+ rules on the workspace/ {r=$3}
      END {print (w == "" ? "?" : w), (r == "" ? "?" : r)}' "$corpus/stderr.txt")")
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  local ws rules
  ws=$(printf '%s\n' "${laps[@]}" | awk '{print $1}' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  rules=$(printf '%s\n' "${laps[@]}" | awk '{print $2}' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  printf '%s\n' "${runs_out[@]}" | sort -n | awk -v rss="$rss" -v ws="$ws" -v rules="$rules" \
    '{w[NR]=$1; c[NR]=$2} END {m=int((NR+1)/2); print w[m], rss, c[m], w[1], ws, rules}'
}

mkdir -p "$corpus"
for n in "${counts[@]}"; do corpus_of "$n" >/dev/null; done   # written before the table, which it would interrupt
echo "machine: $(nproc) processors$([ ${#pin[@]} -gt 0 ] && echo ', pinned to 2'), $(free -m | awk '/^Mem:/ {print $2}') MB memory, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
echo "launcher: ./ccm-lint (its default JVM flags and class-data archive; CCM_LINT_JAVA_OPTS=${CCM_LINT_JAVA_OPTS:-} -Dccmlint.timing)"
echo "runs per figure: $runs (median wall time, largest peak RSS, median laps)"
echo
printf '%5s %-10s %5s %5s %5s %5s | %7s %6s %6s %6s %7s %7s | %7s %6s %6s %7s %7s | %7s %6s %7s %6s\n' \
  calls layout inst 'tf' 'tf+' KB 'check s' 'best s' 'CPU s' 'RSS MB' 'ws ms' 'rule ms' \
  'base s' 'CPU s' 'RSS MB' 'ws ms' 'rule ms' 'calls s' 'CPU s' 'ws ms' 'ms/inst'
for n in "${counts[@]}"; do
  d=$(corpus_of "$n")
  for layout in local downloaded; do
    read -r _ calls inst linted extra bytes < <(grep "^$layout " "$d/corpus.txt")
    find "$d/$layout" "$d/$layout-no-calls" -type f -exec cat {} + >/dev/null   # warm the page cache: we measure ccm-lint, not the disk
    read -r t rss cpu best ws rules < <(measure ./ccm-lint check --quiet --no-color "$d/$layout")
    read -r bt brss bcpu _ bws brules < <(measure ./ccm-lint check --quiet --no-color "$d/$layout-no-calls")
    awk -v n="$calls" -v l="$layout" -v i="$inst" -v f="$linted" -v x="$extra" -v b="$bytes" \
        -v t="$t" -v tb="$best" -v c="$cpu" -v r="$rss" -v ws="$ws" -v ru="$rules" \
        -v bt="$bt" -v bc="$bcpu" -v br="$brss" -v bws="$bws" -v bru="$brules" 'BEGIN {
      printf "%5d %-10s %5d %5d %5d %5.0f | %7.2f %6.2f %6.2f %6.0f %7.0f %7.0f | %7.2f %6.2f %6.0f %7.0f %7.0f | %7.2f %6.2f %7.0f %6.2f\n",
        n, l, i, f, x, b / 1e3, t, tb, c, r / 1024, ws, ru, bt, bc, br / 1024, bws, bru, t - bt, c - bc, ws - bws, (ws - bws) / (i > 1 ? i - 1 : 1) }'
  done
done
echo "(inst: module instances of the root's tree, root included; tf: .tf files linted; tf+: .tf files read only"
echo " through calls (.terraform/modules); KB: all .tf files. check: the repository; base: its -no-calls baseline;"
echo " ws ms / rule ms: the workspace phase (sources: Terraform evaluation) and the rules, from -Dccmlint.timing;"
echo " calls: check minus base, ms/inst: workspace ms per module instance. best s: the shortest wall time of the"
echo " runs; CPU s: user + system time of the median run. On a busy machine the wall time is longer than"
echo " CPU time / 2: see the load average above)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
for layout in local downloaded; do
  echo "findings of the last run, $layout (check --format json): $({ ./ccm-lint check --format json --no-color "$d/$layout" 2>/dev/null || true; } \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);const by={};
        for (const f of r.findings||[]) by[f.rule]=(by[f.rule]||0)+1;
        console.log(Object.entries(by).sort().map(([k,v])=>k+" "+v).join(", ")||"none")})' || echo '?')"
done
