import csv
import sys
from collections import defaultdict


def main(path):
    totals = defaultdict(float)
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        for row in reader:
            totals[row["region"]] += float(row["amount"])
    for region, total in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{region:<8} {total:>10.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
