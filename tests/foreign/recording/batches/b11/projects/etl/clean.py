"""Normalise the raw order export: trim fields, amounts as numbers, one row per order."""
import argparse
import csv
import sys

parser = argparse.ArgumentParser()
parser.add_argument("src")
parser.add_argument("--skip-bad", action="store_true", help="drop rows whose amount does not parse")
args = parser.parse_args()

out = csv.writer(sys.stdout)
out.writerow(["order_id", "region", "amount"])
with open(args.src, newline="") as f:
    for lineno, row in enumerate(csv.DictReader(f), start=2):
        try:
            amount = float(row["amount"].replace(",", "."))
        except ValueError:
            if not args.skip_bad:
                raise
            print(f"clean.py: skipping line {lineno}: amount {row['amount']!r}", file=sys.stderr)
            continue
        out.writerow([row["order_id"].strip(), row["region"].strip().lower(), f"{amount:.2f}"])
        sys.stdout.flush()
