#!/usr/bin/env bash
# Rewrites each rule's examples index (rules/.../META-INF/ccm-lint/examples/<ID>/index.txt) from the files present
# (all but index.txt and the rule's text, rule.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)/rules/src/main/resources/META-INF/ccm-lint/examples"
for d in "$root"/*/; do
  (cd "$d" && find . -type f ! -name index.txt ! -name rule.md | sed 's|^\./||' | LC_ALL=C sort > index.txt)
done
