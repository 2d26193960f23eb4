"""Enqueue a thumbnail job for the workers and report the queue's length."""
import json
import sys

from rediscfg import client

QUEUE = "jobs:thumbnails"


def main() -> None:
    image = sys.argv[1] if len(sys.argv) > 1 else "uploads/cat.jpg"
    r = client()
    r.lpush(QUEUE, json.dumps({"image": image, "sizes": [64, 256]}))
    print(f"queued {image} on {QUEUE} ({r.llen(QUEUE)} waiting)")


if __name__ == "__main__":
    main()
