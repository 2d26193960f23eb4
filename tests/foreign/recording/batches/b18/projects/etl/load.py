import csv
import json

cfg = json.load(open("config.json"))
host = cfg["db_host"]
port = cfg["database"]["port"]

with open(cfg["source"], newline="") as fh:
    rows = list(csv.DictReader(fh))

print(f"connecting to {host}:{port} (dry run)")
print(f"would load {len(rows)} rows in batches of {cfg['batch_size']}")
