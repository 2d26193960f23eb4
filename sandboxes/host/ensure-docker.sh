#!/usr/bin/env bash
# Make sure a Docker engine answers. When none does and we are root, install Debian's docker.io
# (if dockerd is missing) and start dockerd in the background; otherwise say what to do and fail.
set -euo pipefail
say() { printf 'realcast: %s\n' "$*" >&2; }

engine_answers() { timeout 10 docker info >/dev/null 2>&1; }

if engine_answers; then exit 0; fi
if [[ $(id -u) -ne 0 ]]; then
  say "no Docker engine answers and we are not root: start Docker (or join the docker group) and rerun."
  exit 1
fi
if ! command -v dockerd >/dev/null 2>&1; then
  say "installing Debian's docker.io (no dockerd on this machine)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends docker.io >/dev/null
fi
say "starting dockerd in the background (log: /var/log/realcast-dockerd.log)…"
nohup dockerd >/var/log/realcast-dockerd.log 2>&1 &
for _ in $(seq 1 60); do
  if engine_answers; then say "Docker engine is up."; exit 0; fi
  sleep 1
done
say "dockerd did not answer within 60 s: see /var/log/realcast-dockerd.log."
exit 1
