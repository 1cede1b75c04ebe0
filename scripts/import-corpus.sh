#!/usr/bin/env bash
# Rebuilds corpus/real-world/ (the precision corpus, docs/accuracy.md) from corpus/real-world/repos.tsv:
# for each repository, pinned by commit, the files ccm-lint reads (.tf, .tf.json, .tfvars, .json,
# .yaml/.yml; every file of a Helm chart except docs and images) and the LICENSE/NOTICE files that
# cover them; files of 1 MB and more are left out (generated install bundles and CRDs, which repeat
# the files beside them). Writes SOURCES.tsv (corpus path, repository, commit, source path, license)
# and stops when a file's license is not a permissive one it knows.
#
#   scripts/import-corpus.sh            # git dirs from $CORPUS_MIRROR/<owner>+<name>/repo, else cloned from GitHub
#
# The expected findings are not touched: run the snapshot test afterwards and review its difference
# (RealWorldSnapshotTest; -Dccmlint.updateSnapshot rewrites corpus/real-world/expected-findings.tsv).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)/corpus/real-world"
mirror="${CORPUS_MIRROR:-}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

license_of() { # git-dir commit license-path -> SPDX id
  local text; text="$(git --git-dir="$1" show "$2:$3" | head -c 4000 | tr -s ' \n\r\t' ' ')"
  case "$text" in
    *"Apache License"*"Version 2.0"*) echo Apache-2.0 ;;
    *"MIT No Attribution"*) echo MIT-0 ;;
    *"MIT License"*|*"Permission is hereby granted, free of charge"*) echo MIT ;;
    *"Redistribution and use in source and binary forms"*) echo BSD-3-Clause ;;
    *) echo UNKNOWN ;;
  esac
}

find "$root" -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +
printf 'path\trepository\tcommit\tsource_path\tlicense\n' > "$root/SOURCES.tsv.tmp"
grep -v '^#' "$root/repos.tsv" | while IFS=$'\t' read -r repo commit paths; do
  [ -n "$repo" ] || continue
  gitdir="${mirror:+$mirror/${repo/\//+}/repo}"
  if [ -z "$gitdir" ] || [ ! -d "$gitdir" ]; then
    gitdir="$tmp/${repo/\//+}.git"
    git clone -q --bare --filter=blob:none "https://github.com/$repo.git" "$gitdir"
  fi
  git --git-dir="$gitdir" cat-file -e "$commit^{commit}"
  all="$tmp/files"; git --git-dir="$gitdir" ls-tree -r --name-only "$commit" > "$all"
  licenses="$tmp/licenses"; grep -i -E '(^|/)(licen[cs]e|copying|notice)(\.md|\.txt)?$' "$all" > "$licenses" || true
  charts="$tmp/charts"; grep -E '(^|/)Chart\.yaml$' "$all" | sed -E 's|/?Chart\.yaml$||' > "$charts" || true
  for p in $paths; do
    if [ "$p" = . ]; then cat "$all"; else grep -E "^$p/" "$all" || true; fi
  done | sort -u | while IFS= read -r f; do
    case "/$f" in */.helmignore) ;; */.*) continue ;; esac
    in_chart=""
    while IFS= read -r c; do
      if [ -z "$c" ] || [[ "$f" == "$c/"* ]]; then in_chart=1; break; fi
    done < "$charts"
    if [ -n "$in_chart" ]; then
      case "$f" in *.md|*.png|*.svg|*.jpg|*.gif) continue ;; esac
    else
      case "$f" in *.tf|*.tf.json|*.tfvars|*.tfvars.json|*.json|*.yaml|*.yml) ;; *) continue ;; esac
      case "$f" in */package-lock.json|package-lock.json|*/package.json|package.json|*/tsconfig.json) continue ;; esac
    fi
    # generated bundles and CRDs of 1 MB and more repeat the files beside them and would slow the test
    [ "$(git --git-dir="$gitdir" cat-file -s "$commit:$f")" -lt 1000000 ] || continue
    # the license covering f: the nearest LICENSE file in f's folder or above
    lic=""; d="$(dirname "$f")"
    while :; do
      l="$(grep -i -E "^$( [ "$d" = . ] && echo '' || printf '%s/' "$d" | sed 's/[][\.*^$+?(){}|]/\\&/g')(licen[cs]e|copying)(\.md|\.txt)?$" "$licenses" | head -1 || true)"
      if [ -n "$l" ]; then lic="$(license_of "$gitdir" "$commit" "$l")"; break; fi
      [ "$d" = . ] && break; d="$(dirname "$d")"
    done
    if [ -z "$lic" ] || [ "$lic" = UNKNOWN ]; then echo "import-corpus: no permissive license for $repo $f" >&2; exit 1; fi
    dest="$repo/$f"
    mkdir -p "$root/$(dirname "$dest")"
    git --git-dir="$gitdir" show "$commit:$f" > "$root/$dest"
    printf '%s\t%s\t%s\t%s\t%s\n' "$dest" "$repo" "$commit" "$f" "$lic" >> "$root/SOURCES.tsv.tmp"
  done
  # the license and notice files themselves, for the files copied under them
  while IFS= read -r l; do
    d="$(dirname "$l")"; [ "$d" = . ] && d="" || d="$d/"
    if [ -z "$d" ] || [ -d "$root/$repo/$d" ]; then
      mkdir -p "$root/$repo/$d"; git --git-dir="$gitdir" show "$commit:$l" > "$root/$repo/$l"
    fi
  done < "$licenses"
done
{ head -1 "$root/SOURCES.tsv.tmp"; tail -n +2 "$root/SOURCES.tsv.tmp" | LC_ALL=C sort; } > "$root/SOURCES.tsv"
rm "$root/SOURCES.tsv.tmp"

# NOTICE: per repository, where it comes from, its licenses, copyright lines and its own NOTICE files
{
  echo "Precision corpus of ccm-lint (docs/accuracy.md): third-party files, unchanged, each under its own license."
  echo "Every file's repository, commit, original path and license are in SOURCES.tsv; the license texts"
  echo "are kept beside the files (<owner>/<repository>/LICENSE...)."
  grep -v '^#' "$root/repos.tsv" | while IFS=$'\t' read -r repo commit paths; do
    [ -n "$repo" ] || continue
    echo
    echo "- https://github.com/$repo at $commit ($paths)"
    echo "  licenses: $(awk -F'\t' -v r="$repo" '$2 == r {print $5}' "$root/SOURCES.tsv" | sort -u | paste -sd, - | sed 's/,/, /g')"
    find "$root/$repo" -type f \( -iname 'licen[cs]e*' -o -iname 'copying*' \) | LC_ALL=C sort | while IFS= read -r l; do
      grep -h -i -E '^[[:space:]]*copyright ' "$l" | grep -v -i 'copyright \[yyyy\]\|copyright notice\|copyright owner\|copyright license' \
        | sed -E 's/^[[:space:]]+//; s/[[:space:]]+$//; s/^/  /' || true
    done | LC_ALL=C sort -u
    find "$root/$repo" -type f -iname 'notice*' | LC_ALL=C sort | while IFS= read -r n; do
      echo "  ${n#"$root/"}:"; sed -E 's/[[:space:]]+$//; s/^/    /' "$n"
    done
  done
} > "$root/NOTICE"
echo "import-corpus: $(($(wc -l < "$root/SOURCES.tsv") - 1)) files from $(grep -c -v '^#' "$root/repos.tsv") repositories"
