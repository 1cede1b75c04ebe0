#!/usr/bin/env bash
# Rewrites each rule's examples index (rules/.../META-INF/ccm-lint/examples/<ID>/index.txt) from the files present:
# bad/ and good/ inputs (with their .expect sidecars), fixed/ diffs (<path>.diff, <path>.unsafe.diff); not index.txt
# nor the rule's text, rule.md.
# The diffs themselves come from the fixes: mvn -pl rules test -Dtest=RuleExamplesTest -Dccmlint.updateExamples
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)/rules/src/main/resources/META-INF/ccm-lint/examples"
for d in "$root"/*/; do
  (cd "$d" && find . -type f ! -name index.txt ! -name rule.md | sed 's|^\./||' | LC_ALL=C sort > index.txt)
done
