#!/bin/bash
# nightly: keep a dated copy of the live release's manifest under backups/
mkdir -p backups
stamp=$(date +%F)
cp current/manifest.txt "backups/manifest-$stamp.txt"
echo "backed up $(wc -l < current/manifest.txt) entries to backups/manifest-$stamp.txt"
