"""Summarise data/metrics.csv into reports/summary.txt (totals per service)."""
import argparse
import csv
import logging
from collections import Counter
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="reports/summary.txt")
    parser.add_argument("--log", default=None, help="also log to this file")
    args = parser.parse_args()
    handlers = [logging.StreamHandler()] + ([logging.FileHandler(args.log)] if args.log else [])
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s", handlers=handlers)
    totals = Counter()
    with open("data/metrics.csv", newline="") as source:
        for row in csv.DictReader(source):
            totals[row["service"]] += int(row["requests"])
    lines = [f"{service}: {count}" for service, count in sorted(totals.items())]
    Path(args.out).write_text("\n".join(lines) + "\n")
    logging.info("wrote %s (%d services)", args.out, len(lines))


if __name__ == "__main__":
    main()
