#!/usr/bin/env bash
# The byte-for-byte guard rail of a refactoring (issue #18, "Guard rails"): builds the sample journal (input/ and
# settings.yml) and a generated 1,000-note journal with git revision REV and with the current tree, for `build` and
# `publish --no-encrypt`, and compares the two output trees file by file.
# Usage: bench/compare-output.sh --before REV [--people 20] [--notes-per-person 50] [--seed 1] [--work DIR] [--keep]
# Exit: 0 every output identical; 1 some file differs, is missing or is extra (each listed); 2 bad usage or a failed build.
# An encrypted publish cannot be compared (every page is sealed with a fresh nonce), so only --no-encrypt is.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
before=""; people=20; per=50; seed=1; workroot="${TMPDIR:-/tmp}"; keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before="$2"; shift ;;
    --people) people="$2"; shift ;;
    --notes-per-person) per="$2"; shift ;;
    --seed) seed="$2"; shift ;;
    --work) workroot="$2"; shift ;;
    --keep) keep=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$before" ] || { echo "usage: bench/compare-output.sh --before REV" >&2; exit 2; }
git -C "$here" rev-parse --verify -q "$before^{commit}" >/dev/null || { echo "unknown revision $before" >&2; exit 2; }

work="$(mktemp -d "$workroot/compare-output.XXXXXX")"
cleanup() {
  git -C "$here" worktree remove --force "$work/before-src" >/dev/null 2>&1 || true
  [ "$keep" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT

# each program is built into its own folder, with the theme its revision ships beside it (BuildOptions.FindTheme);
# a revision's build is kept by commit id under the work root, as a commit's build never changes (a refactoring runs this often)
sha="$(git -C "$here" rev-parse "$before^{commit}")"
beforeapp="$workroot/compare-output-app-$sha"
if [ ! -f "$beforeapp/OneOnOne.Journal.dll" ]; then
  git -C "$here" worktree add -q --detach "$work/before-src" "$before"
  dotnet build -c Release "$work/before-src/src/OneOnOne.Journal" -o "$beforeapp" -v q -nologo >/dev/null || { rm -rf "$beforeapp"; echo "build of $before failed" >&2; exit 2; }
fi
dotnet build -c Release "$here/src/OneOnOne.Journal" -o "$work/after-app" -v q -nologo >/dev/null || { echo "build of the current tree failed" >&2; exit 2; }
dotnet build -c Release "$here/bench/OneOnOne.Journal.Bench" -v q -nologo >/dev/null || { echo "build of the generator failed" >&2; exit 2; }

# the journals: a copy of the sample, and the generated one (same seed, same bytes)
mkdir -p "$work/sample" && cp -r "$here/input" "$here/settings.yml" "$work/sample/"
dotnet "$here/bench/OneOnOne.Journal.Bench/bin/Release/net10.0/OneOnOne.Journal.Bench.dll" generate \
  --people "$people" --notes-per-person "$per" --seed "$seed" --out "$work/generated" >/dev/null 2>&1
rm -rf "$work/generated/output"

status=0
mkdir -p "$work/out"
for journal in sample generated; do
  for command in build publish; do
    for side in before after; do
      out="$work/out/$journal-$command-$side"
      args=("$command" --root "$work/$journal" --output "$out" --today 2026-11-22)
      [ "$command" = publish ] && args+=(--no-encrypt)
      # exit 1 only says the journal has problems in notes (the sample has some on purpose); 2 and above is a failure
      rc=0; app="$work/after-app"; [ "$side" = before ] && app="$beforeapp"
      dotnet "$app/OneOnOne.Journal.dll" "${args[@]}" >"$out.log" 2>&1 || rc=$?
      if [ "$rc" -gt 1 ]; then echo "FAILED ($side, exit $rc): ${args[*]} (see $out.log)" >&2; tail -5 "$out.log" >&2; exit 2; fi
      echo "$rc" >"$out.rc"
    done
    a="$work/out/$journal-$command-before"; b="$work/out/$journal-$command-after"
    files=$(find "$a" -type f | wc -l)
    if ! cmp -s "$a.rc" "$b.rc"; then
      echo "DIFFERENT exit code for $journal $command: $(cat "$a.rc") before, $(cat "$b.rc") after"; status=1
    fi
    if diff -rq "$a" "$b" >"$work/diff.txt"; then
      echo "same: $journal $command ($files files)"
    else
      echo "DIFFERENT: $journal $command"; sed "s|$work/out/||g" "$work/diff.txt"; status=1
    fi
  done
done
echo "compared $before ($(git -C "$here" rev-parse --short "$before")) with the current tree: $([ "$status" = 0 ] && echo identical || echo DIFFERENT)"
exit "$status"
