import json
cfg = json.load(open("alerts.json"))
print(f"{cfg['service']}: p95 <= {cfg['thresholds']['p95_ms']} ms, errors <= {cfg['thresholds']['error_rate']:.0%}")
