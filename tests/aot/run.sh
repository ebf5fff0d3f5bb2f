#!/usr/bin/env bash
# The Native AOT test: what docs/native-aot.md promises, checked on a real AOT publish of samples/SampleApp.
# Installs clang and zlib1g-dev when missing (a fresh CI machine has neither), publishes with
# -p:PublishAot=true and fails on any trim/AOT warning (IL2xxx/IL3xxx), checks the publish folder (the native
# executable and nextfunc.buildid, none of the isolated worker's files), starts the binary standalone and
# checks a few answers, then writes the Function App layout with it. Prints
# "aot: passed in Ns (publish Ns, spawn → first 200 Nms, binary N MB)" or fails.
# KEEP_AOT=1 keeps the temporary folder (publish output, logs, layout).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/nextfunc-aot.XXXXXX")
publish=$work/publish
layout=$work/layout
app=SampleApp
app_pid=
cleanup() {
  stop_app
  [ "${KEEP_AOT:-}" = 1 ] && echo "aot: kept $work" || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # through cleanup: no native app left listening
started=$SECONDS

step() { echo "aot: $*"; }
fail() { echo "aot: FAILED: $*" >&2; exit 1; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# The ILCompiler links with `clang` (Debian's versioned clang-NN alone has no `clang` command) against zlib.
install_prerequisites() {
  local missing=()
  command -v clang >/dev/null || missing+=(clang)
  dpkg -s zlib1g-dev >/dev/null 2>&1 || missing+=(zlib1g-dev)
  if [ ${#missing[@]} -eq 0 ]; then return; fi
  local sudo=
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "${missing[*]} missing, and not root and no sudo to install them"
    sudo=sudo
  fi
  step "installing ${missing[*]} (apt-get)"
  # A fresh machine may have no package lists yet, so update first; output only when something fails.
  local log=$work/apt.log
  if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
         $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang zlib1g-dev; } >"$log" 2>&1; then
    cat "$log" >&2; fail "apt-get could not install ${missing[*]}"
  fi
  command -v clang >/dev/null || fail "clang installed, but there is still no clang command"
}

# The publish docs/native-aot.md documents. Its warnings must stay at 0: TreatWarningsAsErrors turns some into
# errors, so both are collected (each is printed twice by MSBuild, inline and in the summary, hence sort -u).
publish_native() {
  step "dotnet publish samples/$app -c Release -r linux-x64 -p:PublishAot=true (a few minutes)"
  local log=$work/publish.log t0=$SECONDS status=0
  dotnet publish "$repo/samples/$app" -c Release -r linux-x64 -p:PublishAot=true -o "$publish" --nologo -tl:off \
    >"$log" 2>&1 || status=$?
  publish_seconds=$((SECONDS - t0))
  local il
  il=$(grep -E '(warning|error) IL[23][0-9]{3}' "$log" | sed 's/^ *//' | sort -u || true)
  if [ -n "$il" ]; then
    echo "$il" >&2
    fail "the AOT publish reported $(echo "$il" | wc -l) trim/AOT warning(s) (IL2xxx/IL3xxx); it must report none"
  fi
  if [ "$status" -ne 0 ]; then
    tail -40 "$log" >&2; fail "dotnet publish exited with $status"
  fi
}

# An AOT build is a custom handler only: Nextfunc.Run.targets (NextfuncAotPublishWithoutWorkerFiles) drops the
# Worker SDK's files, whose worker.config.json would name a dll the AOT publish does not have.
# Nextfunc.BuildId.targets publishes nextfunc.buildid, which the cache keys on.
check_publish_folder() {
  [ -x "$publish/$app" ] || fail "no native executable $app in the publish folder"
  [ ! -e "$publish/$app.dll" ] || fail "$app.dll is in the publish folder: this was not a Native AOT publish"
  local leftover=()
  for file in worker.config.json functions.metadata extensions.json .azurefunctions; do
    if [ -e "$publish/$file" ]; then leftover+=("$file"); fi
  done
  [ ${#leftover[@]} -eq 0 ] ||
    fail "the AOT publish folder still has the isolated worker's ${leftover[*]} (NextfuncAotPublishWithoutWorkerFiles in Nextfunc.Run.targets did not run)"
  [ -s "$publish/nextfunc.buildid" ] || fail "no nextfunc.buildid in the publish folder (NextfuncPublishBuildId in Nextfunc.BuildId.targets)"
  binary_mb=$(awk -v b="$(stat -c %s "$publish/$app")" 'BEGIN { printf "%.1f", b / 1048576 }')
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Standalone on Kestrel, as the docs start it; from the publish folder, where its default file cache goes.
# No Nextfunc__Keys__* from the caller's environment: standalone without keys is what /api/admin/stats expects.
start_app() {
  port=$(free_port)
  base=http://127.0.0.1:$port
  local t0 code=
  t0=$(now_ms)
  (cd "$publish" && exec env -u Nextfunc__Keys__Function -u Nextfunc__Keys__Admin ./"$app" --urls "$base") >"$work/app.log" 2>&1 &
  app_pid=$!
  # Polled every 20 ms: the native binary answers in tens of milliseconds, a coarser poll would hide that.
  while [ $(($(now_ms) - t0)) -lt 30000 ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/api/users/me" || true)
    [ "$code" = 200 ] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; fail "the native app exited before answering"; }
    sleep 0.02
  done
  [ "$code" = 200 ] || { cat "$work/app.log" >&2; fail "GET /api/users/me answered ${code:-nothing} within 30 s"; }
  first_200_ms=$(($(now_ms) - t0))
}

stop_app() {
  [ -n "$app_pid" ] || return 0
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=
}

# GET path → status in $status, headers in $work/headers, body in $work/body.
get() {
  status=$(curl -s -D "$work/headers" -o "$work/body" -w '%{http_code}' --max-time 10 "$base$1" || true)
}
expect_status() { # path expected-status
  get "$1"
  [ "$status" = "$2" ] || { cat "$work/app.log" >&2; fail "GET $1 answered ${status:-nothing}, expected $2: $(head -c 300 "$work/body")"; }
}

check_answers() {
  expect_status /api/users/me 200
  grep -q '"name":"Ada"' "$work/body" || fail "GET /api/users/me: no \"name\":\"Ada\" in $(head -c 300 "$work/body")"
  # [id] is an int parameter: a non-number is a 404 before the handler runs.
  expect_status /api/users/abc 404
  # Revalidate = 60: the first answer is rendered and stored, the second comes from the output cache.
  expect_status /api/products 200
  expect_status /api/products 200
  grep -qi '^x-nextjs-cache: HIT' "$work/headers" ||
    fail "the second GET /api/products was not served from the output cache: $(grep -i '^x-nextjs-cache' "$work/headers" || echo 'no x-nextjs-cache header')"
  # AuthLevel function, and no keys configured: standalone serves it.
  expect_status /api/admin/stats 200
}

# The Function App folder from the AOT output: host.json runs the native binary as the custom handler.
check_functions_layout() {
  local log=$work/layout.log
  (cd "$publish" && ./"$app" functions-layout "$layout") >"$log" 2>&1 || { cat "$log" >&2; fail "$app functions-layout failed"; }
  [ -f "$layout/host.json" ] || fail "functions-layout wrote no host.json"
  python3 - "$layout/host.json" "$app" <<'PY' || fail "host.json is not the native binary's custom handler: $(cat "$layout/host.json")"
import json, sys
host = json.load(open(sys.argv[1]))
assert host["customHandler"]["description"]["defaultExecutablePath"] == sys.argv[2]
PY
  [ -x "$layout/$app" ] || fail "the layout has no $app next to host.json"
  local symbols
  symbols=$(cd "$layout" && find . \( -name '*.dbg' -o -name '*.pdb' \) | head -5)
  [ -z "$symbols" ] || fail "the layout has debug symbols (functions-layout leaves them out unless asked): $symbols"
  # The app ran from the publish folder first, so its file cache is there; the layout leaves it out.
  [ ! -e "$layout/.nextfunc" ] || fail "the layout has the publish folder's .nextfunc cache"
  [ -s "$layout/nextfunc.buildid" ] || fail "the layout has no nextfunc.buildid next to $app"
  # One folder per function: the functions of `$app routes`, plus the fallback.
  local functions folders
  # The table's rows: a kind mark, the function's name, its verb, ...
  functions=$( (cd "$publish" && ./"$app" routes) | awk '$3 ~ /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/ { print $2 }' | sort)
  folders=$(cd "$layout" && for f in */function.json; do dirname "$f"; done | grep -v '^zz_fallback$' | sort)
  [ -f "$layout/zz_fallback/function.json" ] || fail "the layout has no zz_fallback/function.json"
  [ -f "$layout/r111_api_users_me_GET/function.json" ] || fail "the layout has no r111_api_users_me_GET/function.json: $(echo $folders)"
  [ "$functions" = "$folders" ] ||
    fail "the layout's function folders differ from '$app routes': $(diff <(echo "$functions") <(echo "$folders") | grep '^[<>]' | tr '\n' ' ')"
  function_count=$(echo "$folders" | wc -l)
}

install_prerequisites
publish_native
check_publish_folder
step "published in ${publish_seconds}s, 0 IL warnings; $app ${binary_mb} MB, no worker files, nextfunc.buildid present"
start_app
check_answers
stop_app
check_functions_layout
step "answers and functions-layout ($function_count functions + fallback) as expected"
echo "aot: passed in $((SECONDS - started))s (publish ${publish_seconds}s, spawn → first 200 ${first_200_ms}ms, binary ${binary_mb} MB)"
