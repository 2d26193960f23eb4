#!/bin/sh
# collect one batch of metrics into the spool (8 MiB)
SPOOL=${SPOOL_DIR:-/dev/shm/spool}
mkdir -p "$SPOOL"
f="$SPOOL/batch-$(date +%H%M%S).dat"
if [ "$1" = "--dry-run" ]; then
  echo "would write 8 MiB to $f"
  exit 0
fi
if dd if=/dev/urandom of="$f" bs=1M count=8 status=none; then
  echo "$(date +%T) wrote $f" | tee -a collect.log
else
  echo "$(date +%T) FAILED $f" | tee -a collect.log
  rm -f "$f"
  exit 1
fi
