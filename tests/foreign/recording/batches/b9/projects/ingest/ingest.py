import csv
import sys


def load(path):
    rows = []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            rows.append(row)
    return rows


def summarise(rows):
    totals = {}
    for row in rows:
        key = row["sensor"]
        totals.setdefault(key, []).append(float(row["value"]))
	for key, values in sorted(totals.items()):
        print(f"{key:10} n={len(values):3} mean={sum(values) / len(values):7.2f}")


if __name__ == "__main__":
    summarise(load(sys.argv[1]))
