#!/bin/bash
# Nightly app backup. Production backups go to ~/backups/prod, everything else to /tmp.
TARGET=/tmp/backups/staging
if [ $DEPLOY_ENV = production ]; then
    TARGET=$HOME/backups/prod
fi
mkdir -p "$TARGET"
tar czf "$TARGET/app-$(date +%F).tgz" -C "$HOME/ops" app
echo "backup written to $TARGET"
