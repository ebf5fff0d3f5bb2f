#!/usr/bin/env bash
# Installs Debian's chromium when it is missing: the API page's browser test (tests/FunctionApp.Tests/Browser) opens
# the page in it headless. ./test.sh runs this before the tests; nothing happens when /usr/bin/chromium exists.
set -euo pipefail

[ -x /usr/bin/chromium ] && exit 0
sudo=
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "install-chromium: chromium missing, and not root and no sudo to install it (apt-get install chromium)" >&2; exit 1; }
  sudo=sudo
fi
echo "install-chromium: installing chromium (apt-get)"
log=$(mktemp)
if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
       $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-chromium: apt-get could not install chromium; the browser test fails without it" >&2
  rm -f "$log"; exit 1
fi
rm -f "$log"
/usr/bin/chromium --version
