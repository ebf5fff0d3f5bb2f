#!/usr/bin/env bash
# Runs the tests; prints how long it took and, last, "N passed, N failed".
#
# ./test.sh         Everything, on a fresh machine, as CI does (.ci/run): installs the pinned Azurite (npm ci, committed
#                   lockfile), builds the solution and runs every test project (in-process and functional: real-Kestrel
#                   HTTP, Azurite, app processes, the worker, the conformance suite, the API page in headless Chromium,
#                   which tests/browser/install-chromium.sh installs from Debian when missing), then the newcomer test
#                   (tests/newcomer/run.sh: the packages and the template, used from outside the repository;
#                   SKIP_NEWCOMER=1 skips it), the Native AOT test (tests/aot/run.sh: installs clang and zlib1g-dev when
#                   missing, publishes samples/SampleApp with PublishAot, fails on any IL2xxx/IL3xxx warning, runs the
#                   native binary and writes its Function App layout; a few minutes; SKIP_AOT=1 skips it) and the
#                   benchmark script's smoke mode (bench/run --smoke: every row for a second, nothing judged, so the
#                   script cannot rot; SKIP_BENCH_SMOKE=1 skips it), and checks that every file keeps the one style of
#                   .editorconfig (dotnet format --verify-no-changes), and the cache scale simulation's smoke
#                   (bench/Scale/run.sh --smoke; SKIP_BENCH_SMOKE=1 skips it too). The newcomer test, the AOT test, the
#                   two bench smokes and the format check count as one test each.
# ./test.sh --fast  The in-process layer only (tests/README.md): tests/InProcess.slnf filtered to Category=InProcess,
#                   no socket, Azurite or child process. About a minute on a warm machine, build included.
set -euo pipefail
cd "$(dirname "$0")"

case "${1:-}" in
  "") fast=0 ;;
  --fast) fast=1 ;;
  *) echo "usage: ./test.sh [--fast]" >&2; exit 2 ;;
esac

started=$SECONDS
log=$(mktemp)
status=0
newcomer_passed=0 newcomer_failed=0

if [ "$fast" = 1 ]; then
  dotnet test tests/InProcess.slnf --nologo --filter Category=InProcess 2>&1 | tee "$log" || status=$?
else
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
  # The API page's browser test opens the page in Debian's chromium, installed here when missing.
  tests/browser/install-chromium.sh || status=1

  dotnet test Serverless.sln --nologo 2>&1 | tee "$log" || status=$?

  # One style (.editorconfig): `dotnet format Serverless.sln` fixes what this reports.
  if dotnet format Serverless.sln --verify-no-changes --verbosity quiet; then newcomer_passed=$((newcomer_passed + 1)); echo "dotnet format: no changes needed"
  else newcomer_failed=$((newcomer_failed + 1)); status=1; echo "dotnet format found files off the .editorconfig style: run dotnet format Serverless.sln"; fi

  if [ "${SKIP_NEWCOMER:-}" != 1 ]; then
    if tests/newcomer/run.sh; then newcomer_passed=$((newcomer_passed + 1)); else newcomer_failed=$((newcomer_failed + 1)); status=1; fi
  fi

  # Native AOT (docs/native-aot.md): installs clang and zlib1g-dev when missing, a few minutes of publish.
  if [ "${SKIP_AOT:-}" != 1 ]; then
    if tests/aot/run.sh; then newcomer_passed=$((newcomer_passed + 1)); else newcomer_failed=$((newcomer_failed + 1)); status=1; fi
  fi

  # The 1,000-instance cache simulation's smoke mode (bench/Scale/run.sh --smoke: 3 engines on Azurite, ~20 s; fails on a
  # failed request or a torn body only). The full run (N = 10, 50, 200) is bench/Scale/run.sh, never part of this.
  if [ "${SKIP_BENCH_SMOKE:-}" != 1 ]; then
    if bench/Scale/run.sh --smoke > scale-smoke.log 2>&1; then newcomer_passed=$((newcomer_passed + 1)); echo "bench/Scale/run.sh --smoke passed"
    else newcomer_failed=$((newcomer_failed + 1)); status=1; tail -40 scale-smoke.log; echo "bench/Scale/run.sh --smoke failed (scale-smoke.log)"; fi
  fi

  if [ "${SKIP_BENCH_SMOKE:-}" != 1 ]; then
    if bench/run --smoke > bench-smoke.log 2>&1; then newcomer_passed=$((newcomer_passed + 1)); echo "bench/run --smoke passed"
    else newcomer_failed=$((newcomer_failed + 1)); status=1; tail -40 bench-smoke.log; echo "bench/run --smoke failed (bench-smoke.log)"; fi
  fi
fi

elapsed=$((SECONDS - started))
printf 'test.sh%s took %dm%02ds\n' "${1:+ $1}" $((elapsed / 60)) $((elapsed % 60))
# One closing line every runner understands, summed over the test projects.
awk -v p="$newcomer_passed" -v f="$newcomer_failed" '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
[ "$status" -eq 0 ] || echo "dotnet test, the format check, the newcomer test, the AOT test or the bench smoke exited with $status: a build error, a crashed test host or the failed step is printed above."
exit "$status"
