#!/usr/bin/env bash
# Full builds at scale: our `build` against `hugo` on the same generated notes (docs/benchmarks.md,
# "Full builds at scale"). Prints a markdown table: wall time, CPU time (user+sys), peak RSS, output size.
# Usage: bench/build-scale.sh [--large] [--seed 1] [--keep] [--work DIR] [--before REV]
#   default sizes: 20x50 (1,000 notes) and 200x50 (10,000 notes); --large adds 2000x50 (100,000 notes).
#   The app is measured two ways: the JIT build as `dotnet publish` with ReadyToRun (precompiled, so start-up
#   does not wait for the JIT; PublishAot turned off for it), and the native build (Native AOT, issue #19) as
#   `dotnet publish -r RID` makes it and the tool package ships it on linux-x64. The sample journal in input/ is built three times first (median of the wall times).
#   --work DIR puts the generated journals and outputs there (e.g. /dev/shm to keep the disk out).
#   --before REV also publishes git revision REV (e.g. main~3) and builds every journal with it right before the
#   current tree, so a change is compared with what it replaces in one run on the same noisy machine.
#   --reuse DIR takes the programs and generated journals of an earlier run kept with --keep (its app/, native/,
#   before-app/, jN/ and hN/ folders) instead of publishing and generating them again.
# Every run builds into a folder of its own that no earlier run used, and no output is removed until the end: on this
# machine's ext4 (no journal) creating files within minutes of deleting thousands makes the kernel step over each
# recently deleted inode, which charged whichever tool ran right after an `rm -rf` up to six times its system time
# (docs/benchmarks.md, "Native build (issue #19)"). Each run starts after a `sync`, so none is slowed by the kernel
# writing back the output of the run before it.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
seed=1; large=0; keep=0; workroot="${TMPDIR:-/tmp}"; before=""; reuse=""
while [ $# -gt 0 ]; do
  case "$1" in
    --large) large=1 ;;
    --seed) seed="$2"; shift ;;
    --keep) keep=1 ;;
    --work) workroot="$2"; shift ;;
    --before) before="$2"; shift ;;
    --reuse) reuse="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
hugo="${HUGO:-/usr/bin/hugo}"
work="$(mktemp -d "$workroot/build-scale.XXXXXX")"
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
source "$here/bench/publish.sh"
if [ -n "$reuse" ]; then
  for part in app native; do ln -s "$reuse/$part" "$work/$part"; done
  [ -z "$before" ] || ln -s "$reuse/before-app" "$work/before-app"
else
  publish_jit "$here" "$work/app"
  publish_native "$here" "$work/native"
fi
native="$work/native/OneOnOne.Journal"
dotnet build -c Release "$here/bench/OneOnOne.Journal.Bench" -v q -nologo >/dev/null
app="$work/app/OneOnOne.Journal.dll"
if [ -n "$before" ]; then
  if [ -z "$reuse" ]; then
    git -C "$here" worktree add -q --detach "$work/before-src" "$before"
    trap 'git -C "$here" worktree remove --force "$work/before-src" >/dev/null 2>&1 || true; [ "$keep" = 1 ] || rm -rf "$work"' EXIT
    publish_jit "$work/before-src" "$work/before-app"
  fi
  # the earlier revision's publish carries its own theme beside its program, as every published build does
  old=(dotnet "$work/before-app/OneOnOne.Journal.dll")
fi
gen="$here/bench/OneOnOne.Journal.Bench/bin/Release/net10.0/OneOnOne.Journal.Bench.dll"

sizes="20x50 200x50"
[ "$large" = 1 ] && sizes="$sizes 2000x50"

# measure LOG command...: prints "wall cpu rssMB" (bench/measure.sh)
source "$here/bench/measure.sh"
# settled LOG command...: `measure` after `sync`, so that no run pays for writing back what the run before it wrote
settled() { sync; measure "$@"; }

# the sample journal: a copy of input/ and settings.yml, built three times into a fresh output folder
mkdir -p "$work/sample" && cp -r "$here/input" "$here/settings.yml" "$work/sample/"
sample=(); nsample=()
out="$work/out"; mkdir -p "$out"
for i in 1 2 3; do
  read -r sw sc sm < <(settled "$work/sample-$i.log" dotnet "$app" build --root "$work/sample" --output "$out/sample-jit-$i" --today 2026-11-22)
  sample+=("$sw s wall, $sc s CPU, $sm MB")
  read -r sw sc sm < <(settled "$work/native-sample-$i.log" "$native" build --root "$work/sample" --output "$out/sample-native-$i" --today 2026-11-22)
  nsample+=("$sw s wall, $sc s CPU, $sm MB")
done
echo "sample journal (89 notes): JIT ${sample[0]} | ${sample[1]} | ${sample[2]}; native ${nsample[0]} | ${nsample[1]} | ${nsample[2]}" >&2

rows=(); befores=()
for size in $sizes; do
  people="${size%x*}"; per="${size#*x}"; notes=$((people * per))
  root="$work/j$notes"; site="$work/h$notes"
  if [ -n "$reuse" ] && [ -d "$reuse/j$notes" ]; then
    root="$reuse/j$notes"; site="$reuse/h$notes"
  else
    dotnet "$gen" generate --people "$people" --notes-per-person "$per" --seed "$seed" --out "$root" --hugo "$site" >/dev/null 2>&1
  fi
  if [ -n "$before" ]; then
    read -r bw bc bm < <(settled "$work/before-$notes.log" "${old[@]}" build --root "$root" --output "$out/$notes-before" --today 2026-11-22)
    befores+=("| $notes | $bw s | $bc s | $bm MB |")
  fi
  read -r ow oc om < <(settled "$work/ours-$notes.log" dotnet "$app" build --root "$root" --output "$out/$notes-jit" --today 2026-11-22)
  read -r nw nc nm < <(settled "$work/native-$notes.log" "$native" build --root "$root" --output "$out/$notes-native" --today 2026-11-22)
  read -r hw hc hm < <(settled "$work/hugo-$notes.log" "$hugo" --quiet --source "$site" --destination "$out/$notes-hugo")
  ofiles=$(find "$out/$notes-native" -type f | wc -l); hfiles=$(find "$out/$notes-hugo" -type f | wc -l)
  osize=$(du -sm "$out/$notes-native" | cut -f1); hsize=$(du -sm "$out/$notes-hugo" | cut -f1)
  ratio=$(awk -v a="$ow" -v b="$hw" 'BEGIN { printf "%.2f", a / b }')
  nratio=$(awk -v a="$nw" -v b="$hw" 'BEGIN { printf "%.2f", a / b }')
  rows+=("| $notes | $ow s | $oc s | $om MB | $nw s | $nc s | $nm MB | $ofiles / $osize MB | $hw s | $hc s | $hm MB | $hfiles / $hsize MB | $ratio | $nratio |")
  echo "$notes notes: JIT ${ow}s, native ${nw}s, hugo ${hw}s" >&2
done

echo
echo "sample journal (input/, 3 runs), JIT (ReadyToRun): ${sample[0]} | ${sample[1]} | ${sample[2]}"
echo "sample journal (input/, 3 runs), native: ${nsample[0]} | ${nsample[1]} | ${nsample[2]}"
echo
echo "| notes | JIT: wall | JIT: CPU | JIT: peak RSS | native: wall | native: CPU | native: peak RSS | ours: files / size | hugo: wall | hugo: CPU | hugo: peak RSS | hugo: files / size | wall JIT / hugo | wall native / hugo |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
if [ -n "$before" ]; then
  echo
  echo "before ($before, $(git -C "$here" rev-parse --short "$before")), same journals, built just before each row above:"
  echo
  echo "| notes | before: wall | before: CPU | before: peak RSS |"
  echo "| ---: | ---: | ---: | ---: |"
  printf '%s\n' "${befores[@]}"
fi
echo
echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ { print $2 " RAM, " $7 " available" }'), load average at end: $(cut -d' ' -f1-3 /proc/loadavg), $("$hugo" version | cut -d' ' -f1-2)"
