#!/bin/bash
# Nightly logical backup of the ledger database (custom format, 7 days kept).
BACKUP_DIR=$HOME/backups/daily
STAMP=$(date +%Y%m%d-%H%M)

pg_dump -Fc -f "$BACKUP_DIR/ledger-$STAMP.dump" ledger
find "$BACKUP_DIR" -name 'ledger-*.dump' -mtime +7 -delete
echo "backup finished: $BACKUP_DIR/ledger-$STAMP.dump"
