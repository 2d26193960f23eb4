# quick check of the deploy config before pushing
import sys
from yaml import safe_load

with open(sys.argv[1]) as fh:
    cfg = safe_load(fh)

for name, svc in cfg["services"].items():
    print(f"{name:10} replicas={svc.get('replicas', 1)} image={svc['image']}")
