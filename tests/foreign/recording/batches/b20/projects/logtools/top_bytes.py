"""Bytes served per path from an nginx access log (combined format)."""
import sys
from collections import Counter

totals = Counter()
for line in open(sys.argv[1]):
    parts = line.split()
    totals[parts[6]] += int(parts[9])

for path, size in totals.most_common(5):
    print(f"{size:>10}  {path}")
