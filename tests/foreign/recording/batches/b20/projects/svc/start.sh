#!/bin/sh
# start healthd in the background (no systemd on this box)
cd "$(dirname "$0")"
nohup python3 healthd.py >> healthd.log 2>&1 &
echo $! > healthd.pid
echo "healthd started, pid $(cat healthd.pid)"
