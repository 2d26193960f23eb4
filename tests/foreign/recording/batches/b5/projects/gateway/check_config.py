"""Validate the gateway config files before a deploy."""
import json
import sys
import tomllib

with open("config/app.toml", "rb") as handle:
    app = tomllib.load(handle)
with open("config/services.json") as handle:
    services = json.load(handle)["services"]
print(f"listen {app['server']['listen']}, {len(services)} services:",
      ", ".join(s["name"] for s in services))
sys.exit(0)
