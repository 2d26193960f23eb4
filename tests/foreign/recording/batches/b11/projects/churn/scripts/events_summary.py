"""Count product events per type from the JSON-lines export."""
import json
from collections import Counter

counts = Counter()
with open("data/events.jsonl") as f:
    for line in f:
        event = json.loads(line)
        counts[event["type"]] += 1

for kind, n in counts.most_common():
    print(f"{kind:<18} {n:>6}")
