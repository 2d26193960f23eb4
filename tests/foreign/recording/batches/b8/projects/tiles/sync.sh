#!/bin/bash
set -u

SRC=data/incoming
DEST=data/tiles

mkdir -p "$DEST"
for f in "$SRC"/*.csv; do
  cp "$f" "$DEST/"
done
echo "synced $(ls "$DEST" | wc -l) tile index files"
