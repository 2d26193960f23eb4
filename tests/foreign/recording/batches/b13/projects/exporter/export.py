"""Export the nightly orders as CSV (optionally gzipped)."""
import csv
import gzip
import os
import random
import sys

random.seed(7)
os.makedirs("out", exist_ok=True)
use_gzip = "--gzip" in sys.argv
path = "out/orders.csv.gz" if use_gzip else "out/orders.csv"
opener = gzip.open if use_gzip else open
with opener(path, "wt", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(["order_id", "customer", "sku", "qty", "total_eur"])
    for i in range(1, 40001):
        writer.writerow([i, f"cust-{i % 977:04d}", f"SKU-{i % 53:03d}", 1 + i % 4, f"{(i % 113) * 1.37:.2f}"])
print(f"wrote {path} ({os.path.getsize(path)} bytes)")
