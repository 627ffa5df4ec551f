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
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
seed=1; large=0; keep=0; workroot="${TMPDIR:-/tmp}"; before=""
while [ $# -gt 0 ]; do
  case "$1" in
    --large) large=1 ;;
    --seed) seed="$2"; shift ;;
    --keep) keep=1 ;;
    --work) workroot="$2"; shift ;;
    --before) before="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
hugo="${HUGO:-/usr/bin/hugo}"
work="$(mktemp -d "$workroot/build-scale.XXXXXX")"
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
dotnet publish -c Release -r "$rid" --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true "$here/src/OneOnOne.Journal" -o "$work/app" -v q -nologo >/dev/null
dotnet publish -c Release -r "$rid" "$here/src/OneOnOne.Journal" -o "$work/native" -v q -nologo >/dev/null
native="$work/native/OneOnOne.Journal"
dotnet build -c Release "$here/bench/OneOnOne.Journal.Bench" -v q -nologo >/dev/null
app="$work/app/OneOnOne.Journal.dll"
if [ -n "$before" ]; then
  git -C "$here" worktree add -q --detach "$work/before-src" "$before"
  trap 'git -C "$here" worktree remove --force "$work/before-src" >/dev/null 2>&1 || true; [ "$keep" = 1 ] || rm -rf "$work"' EXIT
  dotnet publish -c Release -r "$rid" --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true "$work/before-src/src/OneOnOne.Journal" -o "$work/before-app" -v q -nologo >/dev/null
  # the earlier revision's publish carries its own theme beside its program, as every published build does
  old=(dotnet "$work/before-app/OneOnOne.Journal.dll")
fi
gen="$here/bench/OneOnOne.Journal.Bench/bin/Release/net10.0/OneOnOne.Journal.Bench.dll"

sizes="20x50 200x50"
[ "$large" = 1 ] && sizes="$sizes 2000x50"

# measure LOG command...: prints "wall cpu rssMB" (bench/measure.sh)
source "$here/bench/measure.sh"

# the sample journal: a copy of input/ and settings.yml, built three times into a fresh output folder
mkdir -p "$work/sample" && cp -r "$here/input" "$here/settings.yml" "$work/sample/"
sample=(); nsample=()
for i in 1 2 3; do
  rm -rf "$work/sample/output"
  read -r sw sc sm < <(measure "$work/sample-$i.log" dotnet "$app" build --root "$work/sample" --today 2026-11-22)
  sample+=("$sw s wall, $sc s CPU, $sm MB")
  rm -rf "$work/sample/output"
  read -r sw sc sm < <(measure "$work/native-sample-$i.log" "$native" build --root "$work/sample" --today 2026-11-22)
  nsample+=("$sw s wall, $sc s CPU, $sm MB")
done
echo "sample journal (89 notes): JIT ${sample[0]} | ${sample[1]} | ${sample[2]}; native ${nsample[0]} | ${nsample[1]} | ${nsample[2]}" >&2

rows=(); befores=()
for size in $sizes; do
  people="${size%x*}"; per="${size#*x}"; notes=$((people * per))
  root="$work/j$notes"; site="$work/h$notes"
  dotnet "$gen" generate --people "$people" --notes-per-person "$per" --seed "$seed" --out "$root" --hugo "$site" >/dev/null 2>&1
  rm -rf "$root/output" "$site/public"
  if [ -n "$before" ]; then
    read -r bw bc bm < <(measure "$work/before-$notes.log" "${old[@]}" build --root "$root" --today 2026-11-22)
    rm -rf "$root/output"
    befores+=("| $notes | $bw s | $bc s | $bm MB |")
  fi
  read -r ow oc om < <(measure "$work/ours-$notes.log" dotnet "$app" build --root "$root" --today 2026-11-22)
  rm -rf "$root/output"
  read -r nw nc nm < <(measure "$work/native-$notes.log" "$native" build --root "$root" --today 2026-11-22)
  read -r hw hc hm < <(measure "$work/hugo-$notes.log" "$hugo" --quiet --source "$site" --destination "$site/public")
  ofiles=$(find "$root/output" -type f | wc -l); hfiles=$(find "$site/public" -type f | wc -l)
  osize=$(du -sm "$root/output" | cut -f1); hsize=$(du -sm "$site/public" | cut -f1)
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
