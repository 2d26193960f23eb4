#!/bin/sh
# appends a line to logs/current.log every second (stand-in for the running trainer)
i=9; while true; do echo "2024-03-04 00:$(printf %02d $i):11 INFO trainer epoch=$i loss=1.$((90-i))2 lr=0.0010 gpu_mem=7.1G" >> logs/current.log; i=$((i+1)); sleep 1; done
