#!/bin/bash
# Build the landing page and publish it to the web root.
set -euo pipefail
DEPLOY_DIR=${DEPLOY_DIR:-/var/www/html}
rm -rf build && mkdir build
sed "s/@BUILD@/$(date +%F)/" src/index.html > build/index.html
cp src/style.css build/
echo "built $(ls build | wc -l) files"
mkdir -p "$DEPLOY_DIR"
cp build/* "$DEPLOY_DIR"/
echo "published to $DEPLOY_DIR"
