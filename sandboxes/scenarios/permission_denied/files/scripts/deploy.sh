#!/bin/sh
# Copy the site's sources into dist/, the folder the web server publishes.
set -e
mkdir -p dist
cp -v src/* dist/
echo "dist/ now holds $(ls dist | wc -l) files"
