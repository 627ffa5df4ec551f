#!/usr/bin/env bash
# Time from starting `preview` to its first page: the dashboard answered with 200 over HTTP (issue #19's target:
# <= 1 s on the sample journal). Prints one line per run and the median, for the native build and the JIT build
# (ReadyToRun publish, as bench/build-scale.sh measures it), alternating, each on a fresh copy of the journal (no output
# folder, so the first build is a whole one).
# Usage: bench/preview-first-page.sh [--runs 5] [--journal DIR (holds input/ and settings.yml; default: the sample)]
#        [--native PATH] [--app PATH/OneOnOne.Journal.dll]  (given paths skip the publishes)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs=5; journal="$here"; native=""; app=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --journal) journal="$2"; shift ;;
    --native) native="$2"; shift ;;
    --app) app="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v curl >/dev/null || { echo "needs curl" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/first-page.XXXXXX")"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
source "$here/bench/publish.sh"
if [ -z "$native" ]; then
  publish_native "$here" "$work/native"
  native="$work/native/OneOnOne.Journal"
fi
if [ -z "$app" ]; then
  publish_jit "$here" "$work/app"
  app="$work/app/OneOnOne.Journal.dll"
fi

port=$((20000 + RANDOM % 20000))
# first-page KIND COMMAND...: prints the milliseconds from start to the first 200 for / (gives up after 60 s)
first_page() {
  local kind="$1"; shift
  rm -rf "$work/j" && mkdir -p "$work/j" && cp -r "$journal/input" "$work/j/" && { cp "$journal/settings.yml" "$work/j/" 2>/dev/null || true; }
  local start end
  start=$(date +%s%N)
  "$@" preview --root "$work/j" --port "$port" >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    sleep 0.01
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 60000 ]; then echo "$kind: no page after 60 s" >&2; break; fi
  done
  end=$(date +%s%N)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  pid=""
  echo $(( (end - start) / 1000000 ))
}

nat=(); jit=()
for i in $(seq "$runs"); do
  nat+=("$(first_page native "$native")")
  jit+=("$(first_page jit dotnet "$app")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "preview, start to first page (ms), $runs runs each, journal $(find "$journal/input" -name '*.md' | wc -l) Markdown files:"
echo "native: ${nat[*]} (median $(median "${nat[@]}"))"
echo "JIT (ReadyToRun): ${jit[*]} (median $(median "${jit[@]}"))"
echo "machine: $(nproc) cores, load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
