import os
from requests import get

url = os.environ["API_URL"]
resp = get(url, timeout=5)
print(resp.status_code, resp.json())
