import csv
import json
import sys
from decimal import Decimal


def load(path):
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            yield {"sku": row["sku"], "price": str(Decimal(row["price"]).quantize(Decimal("0.01")))}


if __name__ == "__main__":
    print(json.dumps(list(load(sys.argv[1])), indent=1))
