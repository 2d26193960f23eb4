#!/usr/bin/env python3
"""Drop duplicate customers (same e-mail, any case); keep the earliest signup."""
import csv
import sys
from pathlib import Path

src = Path(sys.argv[1])
with open(src, newline="") as fh:
    rows = list(csv.DictReader(fh))

kept = {}
for row in sorted(rows, key=lambda r: r["signup"]):
    key = row["Email"].strip().lower()
    kept.setdefault(key, row)

out = src.with_name(src.stem + "_dedup.csv")
with open(out, "w", newline="") as fh:
    writer = csv.DictWriter(fh, fieldnames=rows[0].keys())
    writer.writeheader()
    writer.writerows(sorted(kept.values(), key=lambda r: int(r["id"])))
print(f"kept {len(kept)} of {len(rows)} rows -> {out}")
