#!/bin/bash
# Copy this week's reports to the backup folder (runs from cron on Fridays)
SRC=~/reports
DEST=~/backup/reports-$(date +%F)

mkdir -p $DEST
for f in $(ls $SRC); do
    cp $SRC/$f $DEST/
done
echo "backed up $(ls $DEST | wc -l) files to $DEST"
