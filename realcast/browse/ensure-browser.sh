#!/usr/bin/env bash
# Make sure headless Chromium and its WebDriver are there for tests/test_browse.py. When missing and we are
# root, install Debian's chromium and chromium-driver; otherwise say what to do and fail.
set -euo pipefail
say() { printf 'realcast: %s\n' "$*" >&2; }
CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver

if [[ -x $CHROMIUM && -x $DRIVER ]]; then exit 0; fi
if [[ $(id -u) -ne 0 ]]; then
  say "Chromium or chromedriver is missing and we are not root: run 'sudo apt-get install chromium chromium-driver'."
  exit 1
fi
say "installing Debian's chromium and chromium-driver (the site browser tests drive them)…"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q chromium chromium-driver >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver >/dev/null; }
[[ -x $CHROMIUM && -x $DRIVER ]] || { say "chromium installed but $CHROMIUM or $DRIVER is still missing"; exit 1; }
