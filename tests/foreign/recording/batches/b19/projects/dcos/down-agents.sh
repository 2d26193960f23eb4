#!/bin/sh
# Put the agents listed in a maintenance schedule into downtime.
# usage: down-agents.sh SCHEDULE.json
set -e
SCHEDULE=$1
for ip in $(jq -r '.windows[].machine_ids.ip' "$SCHEDULE"); do
  echo "downtime: agent $ip (1h window)"
done
echo "done."
