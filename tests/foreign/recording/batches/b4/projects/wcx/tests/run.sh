#!/bin/sh
# usage: run.sh ./wcx
bin=$1; pass=0; fail=0
check() { if [ "$2" = "$3" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $1: got '$2' want '$3'"; fi; }
check empty "$(printf '' | $bin | tr -s ' ')" " 0 0 0"
check words "$(printf 'a b  c\n' | $bin | tr -s ' ')" " 1 3 7"
check lines "$(printf 'x\ny\nz\n' | $bin | tr -s ' ')" " 3 3 6"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
