import json

with open("config.json") as fh:
    cfg = json.load(fh)

load = cfg["load"]
print(f"pipeline {cfg['pipeline']!r}: {len(cfg['steps'])} steps ({' -> '.join(cfg['steps'])})")
print(f"  load into {load['target']} in batches of {load['batch_size']}, retries={load['retries']}, timeout={load['timeout_s']}s")
print("dry run only: nothing loaded")
