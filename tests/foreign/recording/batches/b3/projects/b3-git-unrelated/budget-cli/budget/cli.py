import csv
import sys
from collections import defaultdict


def main(path):
    totals = defaultdict(float)
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            totals[row["category"]] += float(row["amount"])
    for category, total in sorted(totals.items(), key=lambda item: -item[1]):
        print(f"{category:<14}{total:>10.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
