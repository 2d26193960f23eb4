import argparse
import csv
import sys

from invtool import __version__


def low_stock(rows, threshold):
    return [row for row in rows if int(row["qty"]) < threshold]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="invtool", description="Warehouse inventory helper")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("csv", help="stock export (sku,name,qty)")
    parser.add_argument("--below", type=int, default=5, help="report items below this quantity")
    args = parser.parse_args(argv)
    with open(args.csv, newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in low_stock(rows, args.below):
        print(f"{row['sku']:<10} {row['name']:<24} {row['qty']:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
