#!/usr/bin/env bash
# Save-to-reload latency of `preview` against `hugo server` on the same generated notes (docs/benchmarks.md).
# Usage: bench/preview-latency.sh [--people 200] [--notes-per-person 50] [--edits 20] [--seed 1]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build -c Release "$here/src/OneOnOne.Journal" -v q -nologo >/dev/null
dotnet build -c Release "$here/bench/OneOnOne.Journal.Bench" -v q -nologo >/dev/null
exec dotnet "$here/bench/OneOnOne.Journal.Bench/bin/Release/net10.0/OneOnOne.Journal.Bench.dll" preview-latency \
  --app "$here/src/OneOnOne.Journal/bin/Release/net10.0/OneOnOne.Journal.dll" \
  --theme "$here/theme" --hugo "${HUGO:-/usr/bin/hugo}" "$@"
