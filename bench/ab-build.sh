#!/usr/bin/env bash
# Before/after builds in alternating pairs, for a change that must not cost more than a few per cent on a noisy
# machine (docs/benchmarks.md, "Full builds before and after the Scriban move"). One journal per size is generated
# once; then REV and the current tree each build it N times, alternating (before, after, before, after, ...), so a
# burst of load from elsewhere hits both sides alike. Prints every pair, then the medians and the after/before ratios.
# Usage: bench/ab-build.sh --before REV [--native] [--repeat 5] [--sizes "200x50"] [--work DIR] [--keep]
#   Both revisions are published as they ship (ReadyToRun, framework-dependent), as bench/build-scale.sh does, or with
#   --native as the native executable (Native AOT, issue #19; REV must be one that publishes natively); each carries
#   its own theme beside its program. Sizes are PEOPLExNOTES_PER_PERSON for the deterministic generator.
#   --work /dev/shm keeps the disk out: the output removed before each run is then never on this machine's ext4, where
#   creating files right after deleting thousands costs the next run up to six times its system time (build-scale.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
before=""; repeat=5; sizes="200x50"; workroot="${TMPDIR:-/tmp}"; keep=0; native=0
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before="$2"; shift ;;
    --repeat) repeat="$2"; shift ;;
    --sizes) sizes="$2"; shift ;;
    --work) workroot="$2"; shift ;;
    --keep) keep=1 ;;
    --native) native=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$before" ] || { echo "usage: bench/ab-build.sh --before REV [--repeat N] [--sizes \"200x50\"]" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
work="$(mktemp -d "$workroot/ab-build.XXXXXX")"
cleanup() { git -C "$here" worktree remove --force "$work/before-src" >/dev/null 2>&1 || true; [ "$keep" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT
source "$here/bench/publish.sh"
git -C "$here" worktree add -q --detach "$work/before-src" "$before"
if [ "$native" = 1 ]; then
  publish_native "$work/before-src" "$work/before-app"; publish_native "$here" "$work/after-app"
  before_cmd=("$work/before-app/OneOnOne.Journal"); after_cmd=("$work/after-app/OneOnOne.Journal")
else
  publish_jit "$work/before-src" "$work/before-app"; publish_jit "$here" "$work/after-app"
  before_cmd=(dotnet "$work/before-app/OneOnOne.Journal.dll"); after_cmd=(dotnet "$work/after-app/OneOnOne.Journal.dll")
fi
dotnet build -c Release "$here/bench/OneOnOne.Journal.Bench" -v q -nologo >/dev/null
gen="$here/bench/OneOnOne.Journal.Bench/bin/Release/net10.0/OneOnOne.Journal.Bench.dll"

# measure LOG command...: prints "wall cpu rssMB" (bench/measure.sh)
source "$here/bench/measure.sh"
median() { sort -g | awk '{ a[NR]=$1 } END { if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2] + a[NR/2+1]) / 2 }'; }

echo "$([ "$native" = 1 ] && echo native || echo JIT) builds; before: $before ($(git -C "$here" rev-parse --short "$before")), after: working tree at $(git -C "$here" rev-parse --short HEAD)$(git -C "$here" diff --quiet || echo ' with uncommitted changes')"
for size in $sizes; do
  people="${size%x*}"; per="${size#*x}"; notes=$((people * per)); root="$work/j$notes"
  dotnet "$gen" generate --people "$people" --notes-per-person "$per" --seed 1 --out "$root" >/dev/null 2>&1
  : >"$work/b$notes"; : >"$work/a$notes"
  echo
  echo "$notes notes: | pair | before: wall / CPU / peak RSS | after: wall / CPU / peak RSS | load average |"
  for i in $(seq 1 "$repeat"); do
    rm -rf "$root/output"; read -r bw bc bm < <(measure "$work/before-$notes-$i.log" "${before_cmd[@]}" build --root "$root" --today 2026-11-22)
    rm -rf "$root/output"; read -r aw ac am < <(measure "$work/after-$notes-$i.log" "${after_cmd[@]}" build --root "$root" --today 2026-11-22)
    echo "$bw $bc $bm" >>"$work/b$notes"; echo "$aw $ac $am" >>"$work/a$notes"
    echo "| $i | $bw s / $bc s / $bm MB | $aw s / $ac s / $am MB | $(cut -d' ' -f1 /proc/loadavg) |"
  done
  for k in 1 2 3; do
    b=$(cut -d' ' -f$k "$work/b$notes" | median); a=$(cut -d' ' -f$k "$work/a$notes" | median)
    name=$(echo "wall CPU peak-RSS" | cut -d' ' -f$k)
    awk -v n="$name" -v b="$b" -v a="$a" 'BEGIN { printf "median %s: before %s, after %s, after/before %+.1f %%\n", n, b, a, (a / b - 1) * 100 }'
  done
done
echo
echo "machine: $(nproc) cores, load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
