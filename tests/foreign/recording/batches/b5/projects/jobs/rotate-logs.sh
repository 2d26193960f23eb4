#!/bin/sh
echo "rotate-logs ran at $(date)"
