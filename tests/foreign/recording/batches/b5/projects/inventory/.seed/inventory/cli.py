"""python3 -m inventory.cli report [--format json|csv] FILE"""
import argparse
import csv
import json
import sys

from inventory.stock import load, to_reorder


def main():
    parser = argparse.ArgumentParser(prog="inventory")
    parser.add_argument("command", choices=["report"])
    parser.add_argument("file")
    parser.add_argument("--format", choices=["json", "csv"], default="json")
    args = parser.parse_args()
    items = to_reorder(load(args.file))
    if args.format == "json":
        json.dump({"reorder": [item.__dict__ for item in items], "count": len(items)}, sys.stdout, indent=2)
        print()
    else:
        writer = csv.writer(sys.stdout)
        writer.writerow(["sku", "name", "on_hand", "reorder_at"])
        for item in items:
            writer.writerow([item.sku, item.name, item.on_hand, item.reorder_at])


if __name__ == "__main__":
    main()
