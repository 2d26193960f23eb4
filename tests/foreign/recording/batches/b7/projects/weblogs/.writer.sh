#!/bin/sh
# appends to error.log like the live nginx does
n=1000
while sleep 1; do n=$((n+1)); echo "2026/12/07 10:00:$((n%60)) [warn] 311#311: *$n an upstream response is buffered to a temporary file" >> error.log; done
