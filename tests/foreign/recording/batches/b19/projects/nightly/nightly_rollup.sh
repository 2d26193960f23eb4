#!/bin/bash
# Nightly rollup of the sales exports (cron: 15 2 * * *)
set -euo pipefail

DAY=${1:-$(ls incoming | sort | tail -1 | cut -d. -f1)}
SRC=incoming/$DAY.csv
OUT=$ROLLUP_DIR/$DAY
mkdir -p "$OUT"
rows=$(tail -n +2 "$SRC" | wc -l)
total=$(tail -n +2 "$SRC" | cut -d, -f3 | paste -sd+ | bc)
printf 'day=%s rows=%s total=%s\n' "$DAY" "$rows" "$total" > "$OUT/rollup.txt"
echo "rollup $DAY: $rows rows, total $total -> $OUT/rollup.txt"
