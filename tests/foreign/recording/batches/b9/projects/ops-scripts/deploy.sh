#!/bin/bash
set -e
echo "building site..."
mkdir -p public
cp site/*.html public/
echo "deployed $(ls public | wc -l) files to ./public"
