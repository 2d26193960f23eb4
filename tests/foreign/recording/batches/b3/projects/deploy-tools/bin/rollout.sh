#!/bin/sh
# Roll a release out to the hosts listed in hosts.txt, one at a time.
set -eu
release=$1
while read -r host; do
  echo "rolling $release to $host"
done < hosts.txt
