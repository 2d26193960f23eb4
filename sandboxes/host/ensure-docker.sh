#!/usr/bin/env bash
# Make sure a Docker engine answers. When none does and we are root, install Debian's docker.io
# (if dockerd is missing) and start dockerd in the background; otherwise say what to do and fail.
set -euo pipefail
say() { printf 'realcast: %s\n' "$*" >&2; }
PIDFILE=/var/run/docker.pid
LOG=/var/log/realcast-dockerd.log

engine_answers() { timeout 10 docker info >/dev/null 2>&1; }

# A dockerd that is alive (not a zombie) may still be starting up: wait for it instead of starting another.
live_dockerd() { ps -C dockerd -o stat= 2>/dev/null | grep -qv '^Z'; }

wait_for_engine() {  # [pid]: give up early if that dockerd exits
  for _ in $(seq 1 60); do
    if engine_answers; then say "Docker engine is up."; return 0; fi
    if [[ -n ${1:-} ]] && ! kill -0 "$1" 2>/dev/null; then return 1; fi
    sleep 1
  done
  return 1
}

start_dockerd() {
  if [[ -f $PIDFILE ]]; then
    say "removing the stale $PIDFILE of a dockerd that is gone"
    rm -f "$PIDFILE"
  fi
  say "starting dockerd in the background (log: $LOG)…"
  nohup dockerd >"$LOG" 2>&1 &
  wait_for_engine $!
}

if engine_answers; then exit 0; fi
if [[ $(id -u) -ne 0 ]]; then
  say "no Docker engine answers and we are not root: start Docker (or join the docker group) and rerun."
  exit 1
fi
if live_dockerd; then
  say "dockerd is running but not answering yet; waiting for it…"
  wait_for_engine && exit 0
  say "dockerd did not answer within 60 s: see $LOG."
  exit 1
fi
if ! command -v dockerd >/dev/null 2>&1; then
  say "installing Debian's docker.io (no dockerd on this machine)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends docker.io >/dev/null
fi
start_dockerd && exit 0
# A containerd left by a killed engine can block the first start: clear it away and try once more.
say "dockerd did not come up ($(tail -n 1 "$LOG")); clearing leftovers and retrying once…"
pkill -x dockerd 2>/dev/null || true
pkill -f 'containerd --config /var/run/docker/containerd' 2>/dev/null || true
sleep 2
start_dockerd && exit 0
say "dockerd did not answer: see $LOG."
exit 1
