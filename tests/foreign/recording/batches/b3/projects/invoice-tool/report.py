"""Print the open invoices of data/invoices.csv as a table."""
import csv
import sys

from tabulate import tabulate


def main(path="data/invoices.csv"):
    with open(path, newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["status"] == "open"]
    table = [(r["number"], r["customer"], f'{float(r["amount"]):.2f}', r["due"]) for r in rows]
    print(tabulate(table, headers=["invoice", "customer", "amount", "due"], tablefmt="github"))
    print(f"\n{len(rows)} open, total {sum(float(r['amount']) for r in rows):.2f} EUR")


if __name__ == "__main__":
    main(*sys.argv[1:])
