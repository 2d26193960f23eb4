#!/usr/bin/env bash
# wait until something accepts connections on 127.0.0.1:PORT
port=${1:-7070}
until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
  echo "waiting for 127.0.0.1:$port ..."
  sleep 1
done
echo "127.0.0.1:$port is up"
