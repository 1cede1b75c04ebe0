#!/usr/bin/env bash
# Installs HashiCorp's HCL parser (as wasm, via the npm package @cdktf/hcl2json) into a cache
# folder for the HCL differential test (HclConformanceTest). Usage:
#   scripts/install-hcl2json.sh [CACHE_DIR]      (default: <repo>/.cache/hcl2json)
# Does nothing when the pinned version is already installed there, so it works offline after
# the first run. The test finds the folder through -Dhcl2json.dir, $HCL2JSON_DIR or the default.
set -euo pipefail

VERSION="0.21.0"
PACKAGE="@cdktf/hcl2json"

# --if-possible (used by the Maven build): a missing npm or a failed install is reported, not fatal;
# the differential test then says it could not run (and fails when CI=true).
optional=false
if [ "${1:-}" = "--if-possible" ]; then optional=true; shift; fi

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$repo_root/.cache/hcl2json}"
manifest="$dir/node_modules/@cdktf/hcl2json/package.json"

if [ -f "$manifest" ] && grep -q "\"version\": *\"$VERSION\"" "$manifest"; then
  echo "$PACKAGE@$VERSION already installed in $dir"
  exit 0
fi

give_up() { echo "$1" >&2; if $optional; then exit 0; else exit 1; fi; }
command -v npm >/dev/null 2>&1 || give_up "npm not found: cannot install $PACKAGE (the HCL differential test will not run)"
mkdir -p "$dir"
npm install --prefix "$dir" --no-audit --no-fund --no-save --ignore-scripts --loglevel=error "$PACKAGE@$VERSION" \
  || give_up "could not install $PACKAGE@$VERSION (the HCL differential test will not run)"
echo "installed $PACKAGE@$VERSION in $dir"
