#!/usr/bin/env bash
# The newcomer test: what someone outside this repository does, end to end. Packs every package to a
# folder feed, then in a temporary folder outside the repository, with only that feed and nuget.org:
# installs the template (a private template hive), creates an app, builds it (from packages: no
# ProjectReference, no path into the repository), starts it, gets 200s from its routes, and runs the
# created app's own tests. Prints "newcomer: passed in Ns (dotnet new -> first 200: Ns)" or fails.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/nextfunc-newcomer.XXXXXX")
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$cache"/nextfunc*/*-"${version_suffix:-none}"
  rmdir --ignore-fail-on-non-empty "$cache"/nextfunc* 2>/dev/null || true
  [ "${KEEP_NEWCOMER:-}" = 1 ] && echo "newcomer: kept $work" || rm -rf "$work"
}
trap cleanup EXIT
case "$work" in "$repo"/*) echo "newcomer: $work is inside the repository" >&2; exit 1 ;; esac
started=$(date +%s)
# A version of this run's own: the machine's package cache (warm, and the only one the Functions SDK's
# inner build works with) can never serve a stale Nextfunc, and cleanup removes exactly what this run added.
version_suffix=newcomer.$(date -u +%Y%m%d%H%M%S)
cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}

step() { echo "newcomer: $*"; }
quiet() { local log=$work/step.log; "$@" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }; }

# The template pins its packages itself (a created app has no Directory.Packages.props); they must be the
# versions this repository builds and tests with.
python3 - "$repo" <<'PY'
import re, sys, pathlib
repo = pathlib.Path(sys.argv[1])
pinned = dict(re.findall(r'<PackageVersion Include="([^"]+)" Version="([^"]+)"', (repo / "Directory.Packages.props").read_text()))
for csproj in (repo / "templates").rglob("*.csproj"):
    for name, version in re.findall(r'<PackageReference Include="([^"]+)" Version="([^"]+)"', csproj.read_text()):
        if name in pinned and pinned[name] != version:
            sys.exit(f"newcomer: {csproj.relative_to(repo)} pins {name} {version}, Directory.Packages.props {pinned[name]}")
PY

step "packing to $work/feed"
for project in src/Routing src/FunctionsHost src/Caching.AzureBlobs templates; do
  quiet dotnet pack "$repo/$project" -c Release -o "$work/feed" --nologo -p:VersionSuffix="$version_suffix"
done

mkdir -p "$work/newcomer"
cd "$work/newcomer"

hive=(--debug:custom-hive "$work/hive")
step "installing the template"
quiet dotnet new install "$(ls "$work"/feed/Nextfunc.Templates.*.nupkg)" "${hive[@]}"

step "dotnet new nextfunc -n HelloNext; build; run"
t0=$(date +%s.%N)
quiet dotnet new nextfunc -n HelloNext -o HelloNext "${hive[@]}"
cd HelloNext
# As the README says: a nuget.config beside the app (nuget.org and the feed), never the user's global one.
quiet dotnet new nugetconfig
quiet dotnet nuget add source "$work/feed" -n nextfunc --configfile nuget.config
quiet dotnet build --nologo
if grep -rl "$repo" --include=project.assets.json --include='*.csproj' . >/dev/null; then
  echo "newcomer: the created app refers to a path in the repository" >&2; exit 1
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dotnet src/HelloNext/bin/Debug/net10.0/HelloNext.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/hello" || true)
  [ "$code" = 200 ] && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; echo "newcomer: the app exited" >&2; exit 1; }
  sleep 0.1
done
t1=$(date +%s.%N)
[ "$code" = 200 ] || { cat "$work/app.log" >&2; echo "newcomer: /api/hello answered $code" >&2; exit 1; }
body=$(curl -s "http://127.0.0.1:$port/api/items/42")
[ "$body" = '{"id":"42","name":"Item 42"}' ] || { echo "newcomer: /api/items/42 answered $body" >&2; exit 1; }
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=

step "dotnet test (the created app's own tests)"
quiet dotnet test --nologo --no-build
grep -E "Passed!|Failed!" "$work/step.log" || true

printf 'newcomer: passed in %ss (dotnet new -> first 200: %.1fs)\n' "$(( $(date +%s) - started ))" "$(echo "$t1 - $t0" | bc)"
