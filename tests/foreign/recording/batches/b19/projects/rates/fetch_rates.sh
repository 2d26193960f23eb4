#!/bin/bash
# Fetch today's FX rates from the internal rates service; --cached uses the last good copy.
set -euo pipefail
URL=http://127.0.0.1:8089/rates
mkdir -p out logs
if [[ ${1:-} == --cached ]]; then
  cp cache/rates_last.json out/rates.json
  echo "$(date -u +%FT%TZ) used cached rates" >> logs/fetch.log
  echo "using cached rates from $(jq -r .as_of cache/rates_last.json)"
  exit 0
fi
echo "fetching rates from $URL ..."
attempt=1
until curl -sf -o out/rates.json "$URL"; do
  echo "$(date -u +%FT%TZ) attempt $attempt failed" >> logs/fetch.log
  echo "attempt $attempt failed, retrying in 2s"
  attempt=$((attempt + 1))
  sleep 2
done
echo "rates saved to out/rates.json"
