#!/usr/bin/env bash
# Builds and starts the Next.js oracle: the shared conformance app plus an overlay folder of this one (oracle-overlay/:
# the semantics routes; config-overlay/: a next.config.js), in a scratch copy so node_modules/ and
# .next/ stay out of both trees.
#
# usage: tests/conformance/oracle.sh [PORT] [SCRATCH_DIR] [OVERLAY]
#        (defaults: 3123, /tmp/nextfunc-oracle, oracle-overlay; the config oracle: 3124 /tmp/nextfunc-oracle-config config-overlay)
# Serves on http://localhost:PORT until stopped. Always -H localhost: with -H 127.0.0.1 Next.js takes its
# own same-origin rewrites for external ones and proxies them to itself (middleware runs twice).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${1:-3123}"
scratch="${2:-/tmp/nextfunc-oracle}"
overlay="${3:-oracle-overlay}"
shared="${NEXTFUNC_ORACLE_APP:-$here/../../../shared/conformance/next-app}"
[ -d "$shared" ] || { echo "No Next.js oracle app at $shared (set NEXTFUNC_ORACLE_APP)" >&2; exit 2; }

mkdir -p "$scratch"
# A fresh copy of the sources each time; node_modules/ survives (npm ci is the slow part).
find "$scratch" -mindepth 1 -maxdepth 1 ! -name node_modules -exec rm -rf {} +
(cd "$shared" && tar -c --exclude node_modules --exclude .next .) | tar -x -C "$scratch"
cp -r "$here/$overlay/." "$scratch/"
cd "$scratch"
export NEXT_TELEMETRY_DISABLED=1
[ -d node_modules ] || npm ci --no-audit --no-fund
npx next build
exec npx next start -H localhost -p "$port"
