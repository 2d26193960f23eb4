import argparse
import csv
import sys

from qtool import __version__


def main() -> int:
    parser = argparse.ArgumentParser(prog="qtool")
    parser.add_argument("--version", action="version", version=f"qtool {__version__}")
    parser.add_argument("csv")
    parser.add_argument("--where", help="column=value")
    args = parser.parse_args()
    with open(args.csv, newline="") as handle:
        rows = list(csv.DictReader(handle))
    if args.where:
        column, value = args.where.split("=", 1)
        rows = [row for row in rows if row.get(column) == value]
    writer = csv.DictWriter(sys.stdout, fieldnames=rows[0].keys() if rows else [])
    writer.writeheader()
    writer.writerows(rows)
    return 0
