import json
import os
from datetime import datetime, timezone


def parse_event(line):
    event = json.loads(line)
    event["ts"] = datetime.fromtimestamp(event["ts"], tz=timezone.utc)
    return event
