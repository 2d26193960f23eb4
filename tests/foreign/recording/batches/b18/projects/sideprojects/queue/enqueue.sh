#!/bin/sh
# Push one job per line of the file onto the "jobs" list.
while IFS= read -r line; do
  [ -n "$line" ] && redis-cli rpush jobs "$line" > /dev/null
done < "$1"
echo "queued $(wc -l < "$1") jobs"
