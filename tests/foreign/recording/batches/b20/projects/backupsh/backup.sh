#!/bin/bash
# Nightly backup of the app config, keeps the last $KEEP archives.
SRC=data
DEST=backups
KEEP=5
STAMP=$(date +%Y%m%d-%H%M)

if [ ! -d "$SRC" ]; then
    echo "nothing to back up: $SRC missing" >&2
    exit 1
fi

mkdir -p "$DEST"
tar czf "$DEST/conf-$STAMP.tar.gz" "$SRC"
echo "wrote $DEST/conf-$STAMP.tar.gz"

COUNT=$(ls "$DEST"/conf-*.tar.gz | wc -l)
if [ "$COUNT" -gt "$KEEP" ]; then
    ls -t "$DEST"/conf-*.tar.gz | tail -n +$((KEEP + 1)) | xargs rm -f
    echo "pruned old archives, kept $KEEP"

echo "backup done"
