#!/usr/bin/env bash
# Runs every test on a fresh machine: installs the pinned Azurite (npm ci, committed lockfile),
# builds the solution, and runs all test projects (unit, generator, real-Kestrel HTTP, Azurite
# blob store, the Next.js conformance suite). Prints "N passed, N failed" at the end.
set -euo pipefail
cd "$(dirname "$0")"

if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

log=$(mktemp)
status=0
dotnet test Serverless.sln --nologo 2>&1 | tee "$log" || status=$?

# One closing line every runner understands, summed over the test projects.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
[ "$status" -eq 0 ] || echo "dotnet test exited with $status: a build error or a crashed test host is printed above."
exit "$status"
