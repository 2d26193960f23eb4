#!/usr/bin/env bash
# Summarise server errors of one log folder: error-report.sh LOG_DIR
set -euo pipefail

LOG_DIR=$1
OUT="$LOG_DIR/error-report.txt"

echo "== error report for $LOG_DIR =="
requests=$(wc -l < "$LOG_DIR/access.log")
top500=$(grep ' 500 ' "$LOG_DIR/access.log" | awk '{print $7}' | sort | uniq -c | sort -rn | head -5)
slow=$(awk '$NF > 1.0 {print $7}' "$LOG_DIR/access.log" | sort | uniq -c | sort -rn | head -3)

{
  echo "requests: $requests"
  echo "top 500s:"
  echo "${top500:-  (none)}"
  echo "slow paths (>1s):"
  echo "${slow:-  (none)}"
} > "$OUT"
echo "report written to $OUT"
