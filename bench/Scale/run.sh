#!/usr/bin/env bash
# The 1,000-instance output-cache simulation (docs/caching.md, "Scale"; issue 25): N real cache engines in this one
# process, each with its own L1, clock and BlobServiceClient, on one real Azurite (the repository's pinned npm package),
# driven with a hot force-static route, a revalidating route, a tagged route, revalidateTag every 3 s and a deploy.
# Prints store requests per second on the busiest blob and on the account for each scenario and N, the straight line
# through them, its value at 1,000 instances and how well the two smaller N predict the largest.
#
#   bench/Scale/run.sh                          # N = 10, 50, 200; about 5 minutes on 2 cores
#   bench/Scale/run.sh --smoke                  # 3 instances, a few seconds per scenario (./test.sh runs this)
#   bench/Scale/run.sh --instances 10,50 --scenarios steady,deploy --seconds 20 --top
#   bench/Scale/run.sh --instances 10,50 --copies 1    # the entry alone, without its copies (Nextfunc:Cache:EntryCopies)
#   bench/Scale/run.sh --instances 10,50 --scenarios steady --isr-window 40 --seconds 50   # a window as long as real ones
#
# Exits 1 when a request failed or a body was torn; rates are reported, not judged (a busy machine lowers them).
# A full run's output is also kept in bench/.work/scale/.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
[ -x node_modules/.bin/azurite-blob ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build bench/Caching.Benchmarks -c Release --nologo -v quiet > /dev/null
dll=bench/Caching.Benchmarks/bin/Release/net10.0/Caching.Benchmarks.dll
case " $* " in
  *" --smoke "*) exec dotnet "$dll" --scale "$@" ;;
esac
mkdir -p bench/.work/scale
out="bench/.work/scale/$(date -u +%Y%m%dT%H%M%SZ)-$(git rev-parse --short HEAD).md"
dotnet "$dll" --scale "$@" | tee "$out"
echo "kept in $out"
