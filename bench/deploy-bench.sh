#!/usr/bin/env bash
# Deploy times and files sent (docs/benchmarks.md, "Deploy"): `oneonone deploy`, encrypted, of the sample journal and
# a generated 10,000-note journal (200 people x 50 notes) to a folder and to npm's s3rver on a loopback port; for each:
# the first deploy (everything sent), a second with nothing changed, and a third after one note changed.
# Prints a markdown table: wall time of the whole command (publish + send), the send alone (from the command's
# summary line), and files uploaded / deleted / unchanged.
# Usage: bench/deploy-bench.sh [--seed 1] [--work DIR] [--sizes "200x50"] [--no-sample]
#   s3rver 3.7.1 is installed with npm into $ONEONONE_S3RVER_DIR (default /tmp/oneonone-s3rver-3.7.1) when missing,
#   as the tests do. The app is measured as it ships: `dotnet publish` with ReadyToRun.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
seed=1; workroot="${TMPDIR:-/tmp}"; sizes="200x50"; sample=1
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed="$2"; shift ;;
    --work) workroot="$2"; shift ;;
    --sizes) sizes="$2"; shift ;;
    --no-sample) sample=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
work="$(mktemp -d "$workroot/deploy-bench.XXXXXX")"
s3pid=""
trap '[ -n "$s3pid" ] && kill "$s3pid" 2>/dev/null; rm -rf "$work"' EXIT
source "$here/bench/publish.sh"
publish_jit "$here" "$work/app"
dotnet build -c Release "$here/bench/OneOnOne.Journal.Bench" -v q -nologo >/dev/null
app="$work/app/OneOnOne.Journal.dll"
gen="$here/bench/OneOnOne.Journal.Bench/bin/Release/net10.0/OneOnOne.Journal.Bench.dll"

s3dir="${ONEONONE_S3RVER_DIR:-${TMPDIR:-/tmp}/oneonone-s3rver-3.7.1}"
if [ ! -f "$s3dir/node_modules/s3rver/bin/s3rver.js" ]; then
  mkdir -p "$s3dir" && npm install --no-audit --no-fund --loglevel=error --prefix "$s3dir" s3rver@3.7.1 >/dev/null
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/s3data"
# --openssl-legacy-provider: s3rver makes ListObjectsV2 continuation tokens with DES, which Node 17+ offers only so
node --openssl-legacy-provider "$s3dir/node_modules/s3rver/bin/s3rver.js" -d "$work/s3data" -a 127.0.0.1 -p "$port" --silent --configure-bucket journal >/dev/null &
s3pid=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.2; done
export JOURNAL_PASSPHRASE="plum tractor velvet ocean" AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER

rows=()
# run NAME ROOT: three deploys of ROOT (first, unchanged, one note changed) to its settings' target
run() {
  local name="$1" root="$2" note
  # awk reads to the end: head would close the pipe early and pipefail end the script on find's SIGPIPE
  note="$(find "$root/input" -path '*notes*' -name '*.md' | sort | awk 'NR == 1')"
  for step in first unchanged one-note; do
    [ "$step" = one-note ] && printf '\nAlso: one more line for the deploy benchmark.\n' >> "$note"
    local start end out
    start=$(date +%s.%N)
    out="$(dotnet "$app" deploy --root "$root" --today 2026-11-22 2>&1)" || { echo "$out" >&2; exit 1; }
    end=$(date +%s.%N)
    local line; line="$(grep -E '^Deployed to' <<<"$out")"
    local up del same send
    up=$(sed -E 's/.*: ([0-9]+) uploaded.*/\1/' <<<"$line"); del=$(sed -E 's/.* ([0-9]+) deleted.*/\1/' <<<"$line")
    same=$(sed -E 's/.* ([0-9]+) unchanged.*/\1/' <<<"$line"); send=$(sed -E 's/.*unchanged \(([0-9.]+) s\).*/\1/' <<<"$line")
    rows+=("| $name | $step | $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s | $send s | $up | $del | $same |")
    echo "$name $step: $line" >&2
  done
}

journals=()
if [ "$sample" = 1 ]; then
  mkdir -p "$work/sample" && cp -r "$here/input" "$here/settings.yml" "$work/sample/"
  journals+=("sample:$work/sample")
fi
for size in $sizes; do
  people="${size%x*}"; per="${size#*x}"; notes=$((people * per))
  dotnet "$gen" generate --people "$people" --notes-per-person "$per" --seed "$seed" --out "$work/j$notes" >/dev/null 2>&1
  journals+=("$notes notes:$work/j$notes")
done

for entry in "${journals[@]}"; do
  name="${entry%%:*}"; root="${entry#*:}"
  cp -r "$root" "$root-s3"
  touch "$root/settings.yml" "$root-s3/settings.yml"
  printf '\ndeploy:\n  folder: %s\n' "$root.site" >> "$root/settings.yml"
  printf '\ndeploy:\n  s3: journal\n  prefix: %s/\n  endpoint: http://127.0.0.1:%s\n' "$(basename "$root")" "$port" >> "$root-s3/settings.yml"
  run "$name, folder" "$root"
  run "$name, s3rver" "$root-s3"
done

echo
echo "| journal, target | deploy | wall (publish + send) | send | uploaded | deleted | unchanged |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
echo
echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ { print $2 " RAM, " $7 " available" }'), load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
