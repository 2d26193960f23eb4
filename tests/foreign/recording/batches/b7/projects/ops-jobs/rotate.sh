#!/bin/sh
find "$HOME/backups" -name '*.tar.gz' -mtime +14 -delete
