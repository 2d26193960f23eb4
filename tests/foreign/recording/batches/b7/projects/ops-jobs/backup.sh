#!/bin/sh
set -e
mkdir -p "$HOME/backups"
stamp=$(date +%Y%m%d-%H%M)
tar czf "$HOME/backups/etc-app-$stamp.tar.gz" -C "$HOME/ops-jobs" conf
echo "backup written: $HOME/backups/etc-app-$stamp.tar.gz"
