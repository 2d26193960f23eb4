import json
import os
import urllib.request

url = os.environ["API_URL"] + "/v1/channels"
req = urllib.request.Request(url, headers={"Authorization": "Bearer " + os.environ["API_TOKEN"]})
with urllib.request.urlopen(req, timeout=5) as resp:
    channels = json.load(resp)["channels"]
for ch in channels:
    print(f"{os.environ['APP_NAME']}: queued digest for #{ch}")
print(f"{len(channels)} channels")
