#!/bin/bash
set -u

if [[ -z "$1" ]]; then
  echo "no arg" >&2
  echo "Usage: ./test.sh FILE.csv"
  exit 1
fi
echo "rows in $1: $(( $(wc -l < "$1") - 1 ))"
