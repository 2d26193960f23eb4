#!/bin/sh
# usage: ratelimit.sh USER_ID  -- record a hit, print hits in the last minute
key="rl:user:$1"
now=$(date +%s)
redis-cli RPUSH "$key" "$now" >/dev/null || exit 1
redis-cli EXPIRE "$key" 60 >/dev/null
echo "hits for user $1: $(redis-cli LLEN "$key")"
