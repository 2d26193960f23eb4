import csv
import sys

src = open(sys.argv[1], newline="") if len(sys.argv) > 1 else sys.stdin
reader = csv.reader(src)
header = next(reader)
seen = set()
writer = csv.writer(sys.stdout)
writer.writerow(header)
for row in reader:
    key = tuple(row)
    if key in seen:
        continue
    seen.add(key)
    writer.writerow(row)
