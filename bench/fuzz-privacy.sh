#!/usr/bin/env bash
# The privacy fuzz test (tests/.../Publishing/PrivacyFuzzTests.cs) at benchmark scale: CI runs a few
# hundred generated journals, this runs thousands (issue #14). Prints CsCheck's seed on a failure;
# replay it with ONEONONE_FUZZ_SEED=<seed>.
# Usage: bench/fuzz-privacy.sh [journals, default 400 (3,200 damaged notes)]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
export ONEONONE_FUZZ_ITERATIONS="${1:-400}"
start=$(date +%s)
dotnet test "$here/tests/OneOnOne.Journal.Tests" -c Release --filter "FullyQualifiedName~PrivacyFuzzTests" --logger "console;verbosity=normal"
echo "fuzz-privacy: $ONEONONE_FUZZ_ITERATIONS journals (8 damaged notes each) in $(( $(date +%s) - start )) s"
