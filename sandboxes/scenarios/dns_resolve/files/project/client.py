"""Fetch the service's status from the URL in settings.env and print it."""
import json
import urllib.request
from pathlib import Path


def setting(name: str) -> str:
    for line in Path("settings.env").read_text().splitlines():
        key, _, value = line.partition("=")
        if key.strip() == name:
            return value.strip()
    raise KeyError(name)


def main() -> None:
    url = setting("STATUS_URL")
    with urllib.request.urlopen(url, timeout=5) as response:
        status = json.load(response)
    print(f"{status['service']}: {status['state']} ({status['version']})")


if __name__ == "__main__":
    main()
