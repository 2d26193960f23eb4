"""Tiny double-entry ledger kept in a CSV file."""
import csv
import sys
from decimal import Decimal

FIELDS = ["date", "account", "amount", "memo"]


def read(path):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def balance(rows, account):
    return sum(Decimal(r["amount"]) for r in rows if r["account"] == account)


def main(argv):
    rows = read(argv[1])
    for account in sorted({r["account"] for r in rows}):
        print(f"{account:<20} {balance(rows, account):>12}")


if __name__ == "__main__":
    main(sys.argv)
