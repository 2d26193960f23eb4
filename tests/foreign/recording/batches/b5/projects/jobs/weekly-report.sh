#!/bin/sh
echo "weekly-report ran at $(date)"
