#!/bin/sh
# Warn when a filesystem is fuller than THRESHOLD percent.
THRESHOLD=${THRESHOLD:-85}
df -P | awk -v t="$THRESHOLD" 'NR > 1 && $5+0 > t { print "WARN", $6, $5 }'
