#!/bin/bash
# Build a release tarball of the storefront: ./release.sh
set -euo pipefail

echo "==> cleaning dist/"
rm -rf dist && mkdir -p dist

echo "==> copying assets"
cp -r assets index.html dist/

echo "==> stamping version"
echo "$VERSION" > dist/VERSION

echo "==> packing"
tar -czf "shopfront-$VERSION.tar.gz" -C dist .
echo "release shopfront-$VERSION.tar.gz is ready"
