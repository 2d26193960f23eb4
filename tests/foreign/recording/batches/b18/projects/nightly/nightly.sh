#!/bin/bash
# Nightly backup of the uploads folder (run from cron at 02:30).
set -euo pipefail

BACKUP_DIR=${BACKUP_DIR:-/var/backups/app}
stamp=$(date +%Y%m%d)

mkdir -p "$BACKUP_DIR"
tar czf "$BACKUP_DIR/uploads-$stamp.tar.gz" -C data uploads
find "$BACKUP_DIR" -name 'uploads-*.tar.gz' -mtime +14 -delete
echo "backup written: $BACKUP_DIR/uploads-$stamp.tar.gz"
