#!/bin/sh
# copy the built site to the web root
set -e
TARGET=${TARGET:-/srv/www/docs}
mkdir -p "$TARGET"
cp -r build/. "$TARGET"/
echo "deployed $(ls build | wc -l) files to $TARGET"
