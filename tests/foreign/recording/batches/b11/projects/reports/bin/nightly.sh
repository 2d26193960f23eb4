#!/bin/sh
# Nightly sales digest. Installed in cron as:
#   30 2 * * * /home/dev/reports/bin/nightly.sh
cd "$HOME/reports"
day=$(date +%F)
mkdir -p out logs
sales-digest data/sales.csv > "out/digest-$day.txt"
echo "$(date '+%F %T') digest written to out/digest-$day.txt" >> logs/nightly.log
