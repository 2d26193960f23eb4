import csv
from tabulate import tabulate

with open("hours.csv", newline="") as fh:
    rows = list(csv.DictReader(fh))
by_person = {}
for r in rows:
    by_person[r["person"]] = by_person.get(r["person"], 0) + float(r["hours"])
print(tabulate(sorted(by_person.items()), headers=["person", "hours"], floatfmt=".1f"))
