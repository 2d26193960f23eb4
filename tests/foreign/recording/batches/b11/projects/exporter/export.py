"""Export invoices as CSV for the accounting team."""
import csv
import os
import sys

from invoices import INVOICES

FIELDS = ["number", "customer", "total", "currency"]


def export(rows, out):
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    for row in rows:
        breakpoint()
        writer.writerow(row)


if __name__ == "__main__":
    export(INVOICES, sys.stdout)
