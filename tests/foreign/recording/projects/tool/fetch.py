import requests

print(requests.get("http://localhost:8000/health", timeout=2).status_code)
