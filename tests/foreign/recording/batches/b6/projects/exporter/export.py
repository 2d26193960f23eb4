"""Export the sensor readings to CSV (about 10 MB)."""
import argparse
import random

parser = argparse.ArgumentParser()
parser.add_argument("--out", required=True)
parser.add_argument("--rows", type=int, default=250000)
args = parser.parse_args()

random.seed(7)
with open(args.out, "w") as out:
    out.write("ts,sensor,celsius,humidity\n")
    for i in range(args.rows):
        out.write(f"{1764547200 + i * 60},s{i % 16:02d},{random.uniform(15, 30):.3f},{random.uniform(20, 80):.2f}\n")
print(f"wrote {args.rows} rows to {args.out}")
