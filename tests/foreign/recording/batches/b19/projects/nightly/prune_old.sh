#!/bin/bash
set -euo pipefail
old=$(ls incoming | head -3)
echo "rollups older than 30 days:"; echo "$old" | sed 's/^/  /'
read -r -p "Delete 3 rollups older than 30 days? [y/N] " answer
if [[ $answer == [yY] ]]; then echo "$old" | sed 's#^#incoming/#' | xargs rm -v; else echo "kept."; fi
