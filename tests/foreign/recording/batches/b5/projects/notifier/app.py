"""Send the daily alert digest (prints it with --dry-run)."""
import json
import sys
from pathlib import Path


def load_settings(path="settings.json"):
    with open(path) as handle:
        return json.load(handle)


def main(argv):
    settings = load_settings()
    alerts = [line.strip() for line in Path("alerts.log").read_text().splitlines() if line.strip()]
    print(f"digest: {len(alerts)} alerts -> {', '.join(settings['recipients'])}")
    for alert in alerts:
        print("  *", alert)
    if "--dry-run" in argv:
        print("dry run: nothing sent")
        return 0
    print(f"would connect to {settings['smtp_host']}:{settings['smtp_port']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
