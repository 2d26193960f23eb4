#!/bin/bash
# Copy the firmware build into the web folder the boards fetch from.
set -e
DEST="$HOME/www/releases/$(date +%Y%m%d)"
mkdir -p "$DEST"
cp firmware/*.bin "$DEST"/
ln -sfn "$DEST" "$HOME/www/current"
echo "deployed $(ls firmware/*.bin | wc -l) image(s) to $DEST"
