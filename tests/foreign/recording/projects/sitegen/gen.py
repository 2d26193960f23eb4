import csv
import sys
from collections import Counter

with open(sys.argv[1], newline="") as source:
    pages = Counter(row["page"] for row in csv.DictReader(source))
for page, visits in pages.most_common():
    print(f"{visits:6d}  {page}")
