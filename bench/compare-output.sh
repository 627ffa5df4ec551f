#!/usr/bin/env bash
# The byte-for-byte guard rail of a refactoring (issue #18, "Guard rails"): builds the sample journal (input/ and
# settings.yml) and a generated 1,000-note journal with git revision REV and with the current tree, for `build` and
# `publish --no-encrypt`, and compares the two output trees file by file; then runs `preview` of the sample journal
# with each program through the same edit sequence (edit a note, add one, remove it, edit a person) and compares the
# output folder after every rebuild, so an incremental rebuild must write what the earlier revision wrote.
# Usage: bench/compare-output.sh --before REV [--people 20] [--notes-per-person 50] [--seed 1] [--work DIR] [--keep] [--no-preview]
# Exit: 0 every output identical; 1 some file differs, is missing or is extra (each listed); 2 bad usage or a failed build.
# An encrypted publish cannot be compared (every page is sealed with a fresh nonce), so only --no-encrypt is.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
before=""; people=20; per=50; seed=1; workroot="${TMPDIR:-/tmp}"; keep=0; preview=1
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before="$2"; shift ;;
    --people) people="$2"; shift ;;
    --notes-per-person) per="$2"; shift ;;
    --seed) seed="$2"; shift ;;
    --work) workroot="$2"; shift ;;
    --keep) keep=1 ;;
    --no-preview) preview=0 ;;
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
# preview_sequence SIDE: runs that side's `preview` on its own copy of the sample journal, makes each edit, waits for
# the rebuild it causes (and any that follows) to finish, and keeps a copy of the output folder after each step
preview_sequence() {
  local side="$1" app root log port pid step count
  app="$work/after-app"; [ "$side" = before ] && app="$beforeapp"
  root="$work/preview-$side"; log="$work/out/preview-$side.log"
  mkdir -p "$root" && cp -r "$here/input" "$here/settings.yml" "$root/"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  dotnet "$app/OneOnOne.Journal.dll" preview --root "$root" --port "$port" --today 2026-11-22 >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do grep -q "Serving http" "$log" && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  grep -q "Serving http" "$log" || { echo "FAILED: preview ($side) did not start (see $log)" >&2; kill "$pid" 2>/dev/null; exit 2; }
  cp -r "$root/output" "$work/out/preview-$side-0"
  local note person
  note="$(cd "$root" && find input/notes -name '*.md' | sort | head -1)"
  person="$(cd "$root" && find input/people -name '*.md' | sort | head -1)"
  step=0
  for edit in edit-note add-note remove-note edit-person; do
    step=$((step + 1)); count=$(grep -c "rebuilt in" "$log" || true)
    case "$edit" in
      edit-note) printf '\nA paragraph added by compare-output.sh.\n' >>"$root/$note" ;;
      add-note) cp "$root/$note" "$root/${note%.md}-copy.md" ;;
      remove-note) rm "$root/${note%.md}-copy.md" ;;
      edit-person) printf '\nA line added by compare-output.sh.\n' >>"$root/$person" ;;
    esac
    # the edit's rebuild has run when a new "rebuilt in" line shows, and the folder is settled when none follows for 2 s
    for _ in $(seq 1 300); do [ "$(grep -c "rebuilt in" "$log" || true)" -gt "$count" ] && break; sleep 0.2; done
    while :; do count=$(grep -c "rebuilt in" "$log" || true); sleep 2; [ "$(grep -c "rebuilt in" "$log" || true)" = "$count" ] && break; done
    cp -r "$root/output" "$work/out/preview-$side-$step"
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
}

if [ "$preview" = 1 ]; then
  preview_sequence before
  preview_sequence after
  for step in 0 1 2 3 4; do
    a="$work/out/preview-before-$step"; b="$work/out/preview-after-$step"
    if diff -rq "$a" "$b" >"$work/diff.txt"; then
      echo "same: sample preview, step $step ($(find "$a" -type f | wc -l) files)"
    else
      echo "DIFFERENT: sample preview, step $step"; sed "s|$work/out/||g" "$work/diff.txt"; status=1
    fi
  done
fi

echo "compared $before ($(git -C "$here" rev-parse --short "$before")) with the current tree: $([ "$status" = 0 ] && echo identical || echo DIFFERENT)"
exit "$status"
