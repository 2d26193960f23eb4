import csv
import json

with open("config.json") as fh:
    config = json.load(fh)

with open(config["source"]) as fh:
    rows = list(csv.DictReader(fh))

batches = (len(rows) + config["batch_size"] - 1) // config["batch_size"]
for target in config["targets"]:
    print(f"{target}: {len(rows)} events in {batches} batch(es)")
