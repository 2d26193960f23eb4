#!/bin/bash
DEST=/var/backups/notes
mkdir -p "$DEST"
tar czf "$DEST/notes-$(date +%F).tar.gz" *.md
echo "backup written to $DEST"
