"""Audit log for admin actions."""
import json
import time


def audit(user, action, path="audit.log"):
    with open(path, "a") as log:
        log.write(json.dumps({"ts": time.time(), "user": user, "action": action}) + "\n")
