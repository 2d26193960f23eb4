#!/usr/bin/env python3
"""Monthly order summary: per-country totals from a shop export."""
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

src = Path(sys.argv[1])
totals, counts = defaultdict(float), defaultdict(int)
with open(src, newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        country = row["country"]
        totals[country] += float(row["order_total"])
        counts[country] += 1

month = src.stem.split("_")[-1]
out = Path("out") / f"summary_{month}.json"
out.write_text(json.dumps({"month": month, "orders": sum(counts.values()),
                           "by_country": {c: {"orders": counts[c], "total_eur": round(totals[c], 2)}
                                          for c in sorted(totals)}}, indent=2) + "\n")
print(f"wrote {out} ({sum(counts.values())} orders, {len(totals)} countries)")
