#!/bin/bash
# Bump the patch version in setup.cfg and write it to VERSION.
set -euo pipefail

current=$(grep '^version = ' setup.cfg | cut -d= -f2 | tr -d ' ')
IFS=. read -r major minor patch <<< "$current"
next="$major.$minor.$((patch + 1))"
sed -i "s/^version *= *$current/version = $next/" setup.cfg
echo "$next" > VERSION
echo "bumped $current -> $next"
