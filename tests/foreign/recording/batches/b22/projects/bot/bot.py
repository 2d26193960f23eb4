import json

with open("config.json") as f:
    cfg = json.load(f)
print(f"{cfg['name']} ready: prefix {cfg['prefix']} channels {len(cfg['channels'])}")
