#!/usr/bin/env bash
# IAM reasoning benchmark (issue #20): effective permissions per principal, CCM111-113, and what a
# pull-request run (--changed-since) adds.
#   jmh:   EffectivePermissionsBenchmark (warm, in one JVM): the effective permissions of 1,594 roles,
#          one AWS managed policy each; CCM111 on them; verdict("iam:PassRole", "*") per role; the
#          CCM112 diff of an unchanged role; the first use in a new JVM (catalog load included).
#          Run twice: the JVM's default JIT, and the launcher's flags (C1 only, serial GC).
#   roles: `check` through the launcher on the same roles as Terraform (16 files, written by
#          io.ccmlint.bench.IamRolesCorpus into target/bench-corpus-iam/roles, gitignored), against
#          the same with CCM111/CCM112/CCM113 off (a configuration file) and with --no-rules.
#   pr:    `check --changed-since HEAD~1` on two git repositories under target/bench-corpus-iam/:
#          pr-2000 (1,996 files: scripts/bench-check.sh's base/ and six copies of examples/; the pull
#          request applies examples/pr/publish-releases.patch in each copy and touches 24 other files)
#          and pr-roles (the roles above; the pull request gives 30 of them AmazonS3FullAccess too).
#          Four runs each: without --changed-since; --changed-since with CCM112 off (no base is
#          built); the same with -Dccmlint.forceBase (the base is built, no rule reads it); and
#          --changed-since as users run it (CCM112 builds the base and compares both revisions).
#          Then one -Dccmlint.timing --jobs 1 run with the base forced, for where the time goes.
# Usage:
#   scripts/bench-iam.sh [--runs R] [jmh] [roles] [pr]     (default: all three; R: runs per figure, median; default 5)
# pr-2000 needs target/bench-corpus/base (scripts/bench-check.sh --corpus-only builds it). Needs Java 17+, Maven,
# git and GNU time (/usr/bin/time). On a machine with more than 2 processors the runs are pinned to 2
# (taskset). Not part of `mvn verify`.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
runs=5
if [ "${1:-}" = "--runs" ]; then runs="$2"; shift 2; fi
parts=("$@")
[ "${#parts[@]}" -eq 0 ] && parts=(jmh roles pr)
want() { [[ " ${parts[*]} " == *" $1 "* ]]; }

[ -x /usr/bin/time ] || { echo "bench-iam: needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 2; }
pin=()
if [ "$(nproc)" -gt 2 ] && command -v taskset >/dev/null; then pin=(taskset -c 0,1); fi

./ccm-lint rules >/dev/null   # the jar and its class-data archive, as a user gets them
jar="bench/target/benchmarks.jar"
mvn -B -q -Dstyle.color=never -pl bench -am package -Dmaven.test.skip=true 2>&1 | sed $'s/\e\\[[0-9;]*[A-Za-z]//g' >&2

corpus="$repo/target/bench-corpus-iam"
roles="$corpus/roles"
mkdir -p "$corpus"
java -cp "$jar" io.ccmlint.bench.IamRolesCorpus "$roles" 2>/dev/null
printf 'rules:\n  CCM111: off\n  CCM112: off\n  CCM113: off\n' > "$corpus/iam-rules-off.yml"
principals=$(cat "$roles"/*.tf | grep -c '^resource "aws_iam_role"')

echo "machine: $(nproc) processors$([ ${#pin[@]} -gt 0 ] && echo ', pinned to 2'), $(free -m | awk '/^Mem:/ {print $2}') MB memory, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
echo "runs per figure: $runs (median wall time, CPU time of the median run, largest peak RSS)"

if want jmh; then
  # (-jvmArgsAppend on the command line replaces the benchmark's own -Xms1g -Xmx1g)
  for flags in "" "-Xms1g -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"; do
    echo
    echo "== JMH, EffectivePermissionsBenchmark, $principals roles (JVM flags: ${flags:-the defaults}), ms per op and per role"
    { # warm: 5 x 2 s after 5 x 2 s of warm-up; first use: one shot in each of 5 new JVMs (options on the command
      # line would replace the benchmark's own: no warm-up for these)
      ${pin[@]+"${pin[@]}"} java -Dccmlint.repo="$repo" -cp "$jar" io.ccmlint.bench.BenchMain -f 1 -wi 5 -i 5 -w 2s -r 2s \
        ${flags:+-jvmArgsAppend "$flags"} 'io\.ccmlint\.bench\.EffectivePermissionsBenchmark\.(effectivePermissions|privilegeEscalation|passRoleVerdict|accessDiffUnchanged)$' 2>&1
      ${pin[@]+"${pin[@]}"} java -Dccmlint.repo="$repo" -cp "$jar" io.ccmlint.bench.BenchMain -f 5 -wi 0 -i 1 \
        ${flags:+-jvmArgsAppend "$flags"} 'io\.ccmlint\.bench\.EffectivePermissionsBenchmark\.firstUse' 2>&1
    } | awk -v n="$principals" '$1 ~ /^EffectivePermissionsBenchmark\./ {
          per = $1 ~ /OfOne$/ ? "" : sprintf("%8.1f µs per role", $4 * 1000 / n)
          printf "%-55s %-4s %10.3f ms/op (±%s)  %s\n", $1, $2, $4, ($5 == "±" ? $6 : "?"), per }'
  done
  echo "(firstUse, firstUseOfOne: single shot in a new JVM, 5 forks: the first effective permissions of a JVM, for"
  echo " all roles and for one, the IAM catalog's load and the numbering of its actions included)"
fi

measure() { # args: command...; prints "seconds cpu_seconds rss_kb" (median wall time, CPU of the median run, largest RSS)
  local out=() rss=0
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -o "$corpus/time.txt" -f '%e %M %U %S' ${pin[@]+"${pin[@]}"} "$@" >/dev/null 2>"$corpus/stderr.txt" || true
    read -r wall kb user sys < <(tail -1 "$corpus/time.txt")
    out+=("$wall $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')")
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  printf '%s\n' "${out[@]}" | sort -n | awk -v rss="$rss" '{w[NR]=$1; c[NR]=$2} END {m=int((NR+1)/2); print w[m], c[m], rss}'
}
row() { # label, then command...
  local label=$1; shift
  read -r t c r < <(measure "$@")
  printf '  %-62s %7.2f s  %6.2f s CPU  %5.0f MB\n' "$label" "$t" "$c" "$((r / 1024))"
}
rule_times() { # the -Dccmlint.timing phases of one run, --jobs 1 (rules not competing for the 2 threads), and
  # the times of CCM111-113 and, for scale, CCM002 when they are among the 8 slowest rules: args: command...
  { CCM_LINT_JAVA_OPTS="${CCM_LINT_JAVA_OPTS:-} -Dccmlint.timing" "$@" --jobs 1 2>&1 >/dev/null || true; } \
    | awk '/^ccm-lint timing:/ && (!/ms  rule / || /rule CCM11[123]$|rule CCM002$/) {sub(/^ccm-lint timing: */, "    "); print}'
}

if want roles; then
  find "$roles" -type f -exec cat {} + >/dev/null
  echo
  echo "== check on $principals roles ($(ls "$roles" | wc -l) Terraform files, $(du -sk "$roles" | cut -f1) KB): $roles"
  row "check --quiet" ./ccm-lint check --quiet --no-color "$roles"
  row "check --quiet --config iam-rules-off.yml (CCM111-113 off)" ./ccm-lint check --quiet --no-color --config "$corpus/iam-rules-off.yml" "$roles"
  row "check --quiet --no-rules" ./ccm-lint check --quiet --no-color --no-rules "$roles"
  echo "  one run with -Dccmlint.timing --jobs 1:"
  rule_times ./ccm-lint check --quiet --no-color "$roles"
  echo "  findings: $({ ./ccm-lint check --quiet --no-color "$roles" || true; } | grep -oE ' CCM[0-9]+ ' | sort | uniq -c | awk '{printf "%s %s, ", $2, $1}')"
fi

git_repo() { # folder: commits what is there as "base"
  (cd "$1" && git init -q && git add -A && git -c user.name=bench -c user.email=bench@example.invalid commit -qm base)
}
git_pr() { # folder: commits the edits as "pull request"
  (cd "$1" && git add -A && git -c user.name=bench -c user.email=bench@example.invalid commit -qm 'pull request')
}
harness='harness:\n  accountId: Kq2vT8xWbN4mR1yZc7LpHg\n  hosts: [app.harness.io]\n  ccmPrincipalAccounts: ["891928451355"]\n'

pr_rows() { # repo, its configuration with CCM112 off
  local d=$1 off=$2
  find "$d" -path "$d/.git" -prune -o -type f -exec cat {} + >/dev/null
  echo "  changed: $(cd "$d" && git diff --name-only HEAD~1 | wc -l) files; findings of --changed-since: $({ ./ccm-lint check --quiet --no-color --changed-since HEAD~1 "$d" || true; } \
    | grep -oE ' CCM[0-9]+ ' | sort | uniq -c | awk '{printf "%s %s, ", $2, $1}')"
  row "check --quiet" ./ccm-lint check --quiet --no-color "$d"
  row "check --quiet --changed-since HEAD~1, CCM112 off (no base)" ./ccm-lint check --quiet --no-color --changed-since HEAD~1 --config "$off" "$d"
  CCM_LINT_JAVA_OPTS="${CCM_LINT_JAVA_OPTS:-} -Dccmlint.forceBase" \
    row "  the same with -Dccmlint.forceBase (base built, unread)" ./ccm-lint check --quiet --no-color --changed-since HEAD~1 --config "$off" "$d"
  row "check --quiet --changed-since HEAD~1 (CCM112 on)" ./ccm-lint check --quiet --no-color --changed-since HEAD~1 "$d"
  echo "  one run with -Dccmlint.timing -Dccmlint.forceBase --jobs 1, CCM112 on:"
  CCM_LINT_JAVA_OPTS="${CCM_LINT_JAVA_OPTS:-} -Dccmlint.forceBase" rule_times ./ccm-lint check --quiet --no-color --changed-since HEAD~1 "$d"
}

if want pr; then
  base="$repo/target/bench-corpus/base"
  pr2000="$corpus/pr-2000"
  if [ ! -d "$base" ]; then
    echo
    echo "== pr-2000 skipped: no $base (scripts/bench-check.sh --corpus-only builds it)"
  else
    if [ ! -d "$pr2000/.git" ]; then
      cp -R "$base" "$pr2000"
      for i in 1 2 3 4 5 6; do
        mkdir -p "$pr2000/repo-$i/examples"
        cp -R examples/{broken,cloudformation,eksctl,harness,iam,k8s,terraform} "$pr2000/repo-$i/examples/"
      done
      printf "$harness" > "$pr2000/.ccm-lint.yml"
      git_repo "$pr2000"
      for i in 1 2 3 4 5 6; do (cd "$pr2000" && git apply --directory="repo-$i" "$repo/examples/pr/publish-releases.patch"); done
      for f in $(cd "$pr2000" && ls aws-managed/*.json | head -20) repo-{1,2,3,4}/examples/iam/trust/Deployer.json; do
        echo >> "$pr2000/$f"
      done
      git_pr "$pr2000"
    fi
    { printf "$harness"; printf 'rules:\n  CCM112: off\n'; } > "$corpus/pr-2000-ccm112-off.yml"
    echo
    echo "== pull request on $(cd "$pr2000" && git ls-files | wc -l) files: $pr2000"
    pr_rows "$pr2000" "$corpus/pr-2000-ccm112-off.yml"
  fi

  prroles="$corpus/pr-roles"
  if [ ! -d "$prroles/.git" ]; then
    mkdir -p "$prroles"
    cp "$roles"/*.tf "$prroles/"
    git_repo "$prroles"
    java -cp "$jar" io.ccmlint.bench.IamRolesCorpus "$prroles" 30 2>/dev/null
    git_pr "$prroles"
  fi
  printf 'rules:\n  CCM112: off\n' > "$corpus/pr-roles-ccm112-off.yml"
  echo
  echo "== pull request on the $principals roles, 30 of them given AmazonS3FullAccess: $prroles"
  pr_rows "$prroles" "$corpus/pr-roles-ccm112-off.yml"
fi
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
