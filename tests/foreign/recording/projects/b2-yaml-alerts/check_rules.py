"""Print the alert rules of a rules file, so a broken file is caught before the alert manager reloads it."""
import sys

import yaml

with open(sys.argv[1]) as f:
    config = yaml.safe_load(f)

for rule in config["rules"]:
    print(f"{rule['name']:<22} for {rule['for']:<4} {rule['expr']}")
print(f"{len(config['rules'])} rules OK")
