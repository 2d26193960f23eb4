#!/bin/sh
echo "backup-db ran at $(date)"
