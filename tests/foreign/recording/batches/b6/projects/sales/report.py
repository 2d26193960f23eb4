import json
from collections import defaultdict

orders = json.load(open("data/orders.json"))
by_region = defaultdict(float)
for o in orders:
    by_region[o["region"]] += o["qty"] * o["price"] - o["discount"]

for region, total in sorted(by_region.items()):
    print(f"{region:<8} {total:>10.2f}")
print(f"{'TOTAL':<8} {sum(by_region.values()):>10.2f}")
