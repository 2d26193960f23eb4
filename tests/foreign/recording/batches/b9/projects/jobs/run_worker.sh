#!/bin/bash
# keeps the resize worker alive (restarts it when it exits)
while true; do
    python3 ~/jobs/resize_worker.py
    sleep 1
done
