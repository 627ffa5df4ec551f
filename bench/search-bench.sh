#!/usr/bin/env bash
# Search benchmark (issue 4): a synthetic 200 people x 50 notes journal, our index beside Pagefind's.
# Pagefind is installed with npm into a temporary folder outside the repository, only for this
# comparison (the project itself never needs Node). Usage: bench/search-bench.sh [work dir] [people] [notes]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-/tmp/oneonone-search-bench}"
people="${2:-200}"
notes="${3:-50}"
pagefind_dir="${PAGEFIND_DIR:-/tmp/oneonone-pagefind}"
pagefind=""
if command -v npm >/dev/null; then
  if [ ! -x "$pagefind_dir/node_modules/.bin/pagefind" ]; then
    mkdir -p "$pagefind_dir"
    (cd "$pagefind_dir" && npm init -y >/dev/null && npm install --no-audit --no-fund pagefind >/dev/null)
  fi
  pagefind="$pagefind_dir/node_modules/.bin/pagefind"
else
  echo "npm not found: Pagefind columns will be n/a" >&2
fi
dotnet run -c Release --project "$repo/bench/SearchBench" -- "$work" "$repo/theme" "$pagefind" "$people" "$notes"
echo "report: $work/report.md"
