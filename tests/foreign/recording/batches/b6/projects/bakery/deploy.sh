#!/bin/bash
# Copy the site into the web root.
set -e
DEPLOY_DIR=${DEPLOY_DIR:-/var/www/html}
rm -rf dist && mkdir dist && cp -r public/. dist/
echo "built dist/ ($(find dist -type f | wc -l) files)"
read -r -p "Deploy to $DEPLOY_DIR? [y/N] " answer
if [[ $answer != [yY]* ]]; then
    echo "not deployed"
    exit 0
fi
mkdir -p "$DEPLOY_DIR"
cp -r dist/. "$DEPLOY_DIR/"
echo "deployed to $DEPLOY_DIR"
