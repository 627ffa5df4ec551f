#!/usr/bin/env bash
# Refreshes the vendored @noble/hashes and @noble/ciphers under theme/assets/vendor/ (issue #20, item 1).
#
# Why vendored and not bundled: the unlock page falls back to these audited libraries when the browser has no
# WebCrypto (plain http on a host that is not localhost). We ship the packages' OWN published ES module files,
# byte for byte, so anyone can compare them with the npm tarball; no bundler, no edits, no hand-written crypto.
#
# What it does, for each pinned package:
#   1. `npm pack <name>@<version>` into a temporary folder (the registry configured for npm on this machine);
#   2. checks the tarball against the registry's published integrity (`npm view … dist.integrity`, SHA-512),
#      computed here with openssl rather than trusting npm's own check alone;
#   3. copies the entry files and every file they import (relative `from "./x.js"`, followed transitively),
#      plus LICENSE, unchanged, into theme/assets/vendor/<package>-<version>/ and removes older versions;
#   4. writes tools/vendor/noble.manifest.json: versions, tarball integrity and the SHA-256 of every copied file,
#      which tests/…/Publishing/VendoredCryptoTests check the vendored files against.
#
# Usage: tools/vendor/refresh-noble.sh            (from anywhere; needs node/npm, openssl, tar, sha256sum)
# To move to a new version: change the versions below, run the script, update the import paths in
# theme/assets/unlock.js (they name the versioned folders) and re-run the tests.
set -euo pipefail

HASHES_VERSION=2.4.0
CIPHERS_VERSION=2.4.0

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
vendor="$repo/theme/assets/vendor"
manifest="$repo/tools/vendor/noble.manifest.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# name|version|folder|entry files (space separated)
packages=(
  "@noble/hashes|$HASHES_VERSION|noble-hashes|pbkdf2.js sha2.js"
  "@noble/ciphers|$CIPHERS_VERSION|noble-ciphers|aes.js"
)

mkdir -p "$vendor"
entries=()
for spec in "${packages[@]}"; do
  IFS='|' read -r name version folder entry_files <<<"$spec"
  echo "== $name@$version"
  (cd "$work" && npm pack "$name@$version" --silent >/dev/null)
  tarball="$work/$(echo "${name#@}" | tr / -)-$version.tgz"
  expected="$(npm view "$name@$version" dist.integrity)"
  actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
  if [[ "$expected" != "$actual" ]]; then
    echo "integrity mismatch for $name@$version: registry says $expected, tarball is $actual" >&2
    exit 1
  fi
  unpacked="$work/$folder"
  mkdir -p "$unpacked"
  tar -xzf "$tarball" -C "$unpacked" --strip-components=1
  packed_version="$(node -p "require('$unpacked/package.json').version")"
  [[ "$packed_version" == "$version" ]] || { echo "$name: package.json says $packed_version, expected $version" >&2; exit 1; }

  # the entry files and, transitively, every file they import by relative path
  todo=($entry_files)
  needed=()
  while ((${#todo[@]})); do
    file="${todo[0]}"; todo=("${todo[@]:1}")
    [[ " ${needed[*]} " == *" $file "* ]] && continue
    [[ -f "$unpacked/$file" ]] || { echo "$name: $file is imported but not in the package" >&2; exit 1; }
    needed+=("$file")
    while read -r dep; do todo+=("$dep"); done < <(grep -oE '^(import|export)[^;]* from "\./[A-Za-z0-9_.-]+\.js"' "$unpacked/$file" | sed -E 's/.*"\.\/(.*)"/\1/')
  done
  needed+=(LICENSE)

  target="$vendor/$folder-$version"
  rm -rf "$vendor/$folder"-*
  mkdir -p "$target"
  files_json=()
  for file in $(printf '%s\n' "${needed[@]}" | sort); do
    cp "$unpacked/$file" "$target/$file"
    files_json+=("        \"$file\": \"$(sha256sum "$target/$file" | cut -d' ' -f1)\"")
  done
  entries+=("    {
      \"name\": \"$name\",
      \"version\": \"$version\",
      \"folder\": \"theme/assets/vendor/$folder-$version\",
      \"integrity\": \"$actual\",
      \"files\": {
$(IFS=$'\n'; echo "${files_json[*]}" | sed '$!s/$/,/')
      }
    }")
done

{
  echo "{"
  echo "  \"comment\": \"Written by tools/vendor/refresh-noble.sh; the SHA-256 of every vendored file, checked by VendoredCryptoTests. Do not edit by hand.\","
  echo "  \"packages\": ["
  (IFS=$'\n'; echo "${entries[*]}" | sed -E 's/^    \}$/    },/' | sed '$s/},$/}/')
  echo "  ]"
  echo "}"
} >"$manifest"
node -e "JSON.parse(require('fs').readFileSync('$manifest','utf8'))"
echo "wrote $manifest"
