#!/bin/bash
set -e
DEST=${DEST:-/var/www/html}
echo "deploying public/ to $DEST"
cp -v public/* "$DEST"/
echo "done"
