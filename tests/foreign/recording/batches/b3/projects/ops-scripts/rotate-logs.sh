#!/bin/sh
# Compress application logs older than a day and drop those older than 30 days.
LOG_DIR=${LOG_DIR:-/var/log/shopfront}
find "$LOG_DIR" -name '*.log' -mtime +1 -exec gzip -9 {} \;
find "$LOG_DIR" -name '*.log.gz' -mtime +30 -delete
