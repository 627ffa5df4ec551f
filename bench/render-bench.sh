#!/usr/bin/env bash
# Rendering one note page and one person page of the sample journal (issue 17, item 5): BenchmarkDotNet,
# ShortRun job (3 warm-ups, 3 iterations) so a run takes about a minute; figures in docs/benchmarks.md,
# "Rendering one page". Extra arguments go to BenchmarkDotNet (e.g. --job default for a full run).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/RenderBench -- --filter '*' --job short "$@"
