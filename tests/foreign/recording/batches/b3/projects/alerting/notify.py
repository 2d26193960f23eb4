"""Check current metrics against config.json rules and print the alerts that would be sent."""
import json

METRICS = {"disk_used_pct": 93.5, "load1": 2.1, "mem_used_pct": 71.0}


def main():
    with open("config.json") as handle:
        config = json.load(handle)
    fired = [rule for rule in config["rules"] if METRICS[rule["metric"]] > rule["above"]]
    for rule in fired:
        print(f"would notify {config['channel']}: {rule['name']} {METRICS[rule['metric']]} > {rule['above']}")
    print(f"{len(config['rules'])} rules checked, {len(fired)} fired")


if __name__ == "__main__":
    main()
