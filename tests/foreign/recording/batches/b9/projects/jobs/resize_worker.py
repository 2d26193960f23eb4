"""Thumbnail worker: polls the queue folder for new images (polls far too often when it is empty - bug #212)."""
import os
import time

QUEUE = os.path.expanduser("~/jobs/queue")

while True:
    pending = os.listdir(QUEUE) if os.path.isdir(QUEUE) else []
    if not pending:
        time.sleep(0.0005)
        continue
    for name in pending:
        time.sleep(0.1)
