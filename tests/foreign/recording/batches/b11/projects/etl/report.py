"""Orders and revenue per region from the cleaned CSV."""
import csv
import sys
from collections import Counter, defaultdict

count = Counter()
revenue = defaultdict(float)
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f):
        count[row["region"]] += 1
        revenue[row["region"]] += float(row["amount"])
print(f"orders: {sum(count.values())}")
for region in sorted(count):
    print(f"{region:<6} {count[region]:>4} orders  {revenue[region]:>10.2f} EUR")
