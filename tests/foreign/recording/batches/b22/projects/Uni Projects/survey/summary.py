import csv
from collections import Counter

with open("responses.csv", newline="") as f:
    rows = list(csv.DictReader(f))
cities = Counter(row["city"] for row in rows)
for city, n in cities.most_common():
    print(f"{city:<12}{n}")
print(f"{len(rows)} responses")
