"""Tiny double-entry ledger kept in a CSV file."""
import argparse
import csv
from collections import defaultdict
from decimal import Decimal

FIELDS = ["date", "account", "amount", "memo"]


def read(path):
    """All rows of the ledger, amounts as Decimal."""
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["amount"] = Decimal(row["amount"])
    return rows


def balances(rows, month=None):
    """Balance per account, optionally only for one month (YYYY-MM)."""
    totals = defaultdict(Decimal)
    for row in rows:
        if month and not row["date"].startswith(month):
            continue
        totals[row["account"]] += row["amount"]
    return dict(totals)


def check(rows):
    """A ledger balances when all amounts add up to zero."""
    total = sum(row["amount"] for row in rows)
    return total == 0, total


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ledger")
    parser.add_argument("--month", help="only this month, YYYY-MM")
    args = parser.parse_args()
    rows = read(args.ledger)
    for account, amount in sorted(balances(rows, args.month).items()):
        print(f"{account:<20} {amount:>12}")
    ok, total = check(rows)
    print("balanced" if ok else f"NOT balanced: off by {total}")


if __name__ == "__main__":
    main()
