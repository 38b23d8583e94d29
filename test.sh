#!/usr/bin/env bash
# Restores, builds and runs every test, unit and integration (Azurite, maildev and Chromium
# are started by the tests themselves). Extra arguments go to 'dotnet test'.
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-tools.sh --browser

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test PainDrip.sln --nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line over all test projects, in the plain form any reader understands.
# Skipped tests are counted too, so a skip shows.
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) {
         v = $(i+1); sub(/,$/, "", v)
         if ($i == "Failed:") f += v; if ($i == "Passed:") p += v; if ($i == "Skipped:") s += v
       }
     }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit $status
