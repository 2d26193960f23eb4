#!/bin/bash
# tag the current commit and push it
set -e
v=$(cat VERSION)
read -r -p "Tag v$v and push to origin? [y/N] " answer
case "$answer" in
  [yY]*) git tag -a "v$v" -m "splitter v$v"; git push origin "v$v" ;;
  *) echo "not tagging"; exit 0 ;;
esac
