#!/usr/bin/env bash
# Full builds at scale: our `build` against `hugo` on the same generated notes (docs/benchmarks.md,
# "Full builds at scale"). Prints a markdown table: wall time, CPU time (user+sys), peak RSS, output size.
# Usage: bench/build-scale.sh [--large] [--seed 1] [--keep]
#   default sizes: 20x50 (1,000 notes) and 200x50 (10,000 notes); --large adds 2000x50 (100,000 notes).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
seed=1; large=0; keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --large) large=1 ;;
    --seed) seed="$2"; shift ;;
    --keep) keep=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
hugo="${HUGO:-/usr/bin/hugo}"
dotnet build -c Release "$here/src/OneOnOne.Journal" -v q -nologo >/dev/null
dotnet build -c Release "$here/bench/OneOnOne.Journal.Bench" -v q -nologo >/dev/null
app="$here/src/OneOnOne.Journal/bin/Release/net10.0/OneOnOne.Journal.dll"
gen="$here/bench/OneOnOne.Journal.Bench/bin/Release/net10.0/OneOnOne.Journal.Bench.dll"
work="$(mktemp -d /tmp/build-scale.XXXXXX)"
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT

sizes="20x50 200x50"
[ "$large" = 1 ] && sizes="$sizes 2000x50"

# measure NAME LOG -- command...: runs the command under /usr/bin/time -v, prints "wall cpu rssMB"
measure() {
  local log="$1"; shift
  /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 || { echo "FAILED: $* (see $log)" >&2; cat "$log" >&2; exit 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n=split($2,p,":"); w=0; for(i=1;i<=n;i++) w=w*60+p[i] }
    /User time/ { u=$2 } /System time/ { s=$2 } /Maximum resident/ { m=$2 }
    END { printf "%.2f %.2f %.0f\n", w, u+s, m/1024 }' "$log.time"
}

rows=()
for size in $sizes; do
  people="${size%x*}"; per="${size#*x}"; notes=$((people * per))
  root="$work/j$notes"; site="$work/h$notes"
  dotnet "$gen" generate --people "$people" --notes-per-person "$per" --seed "$seed" --out "$root" --hugo "$site" >/dev/null 2>&1
  rm -rf "$root/output" "$site/public"
  read -r ow oc om < <(measure "$work/ours-$notes.log" dotnet "$app" build --root "$root" --today 2026-11-22)
  read -r hw hc hm < <(measure "$work/hugo-$notes.log" "$hugo" --quiet --source "$site" --destination "$site/public")
  ofiles=$(find "$root/output" -type f | wc -l); hfiles=$(find "$site/public" -type f | wc -l)
  osize=$(du -sm "$root/output" | cut -f1); hsize=$(du -sm "$site/public" | cut -f1)
  ratio=$(awk -v a="$ow" -v b="$hw" 'BEGIN { printf "%.2f", a / b }')
  rows+=("| $notes | $ow s | $oc s | $om MB | $ofiles / $osize MB | $hw s | $hc s | $hm MB | $hfiles / $hsize MB | $ratio |")
  echo "$notes notes: ours ${ow}s, hugo ${hw}s" >&2
done

echo
echo "| notes | ours: wall | ours: CPU | ours: peak RSS | ours: files / size | hugo: wall | hugo: CPU | hugo: peak RSS | hugo: files / size | wall ours / hugo |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
echo
echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ { print $2 " RAM, " $7 " available" }'), load average at end: $(cut -d' ' -f1-3 /proc/loadavg), $("$hugo" version | cut -d' ' -f1-2)"
