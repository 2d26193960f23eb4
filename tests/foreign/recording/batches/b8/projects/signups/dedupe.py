import csv
import sys

seen = set()
reader = csv.DictReader(open(sys.argv[1], newline=""))
writer = csv.DictWriter(sys.stdout, fieldnames=reader.fieldnames)
writer.writeheader()
for row in reader:
    key = row["email"].strip().lower()
    if key in seen:
        continue
    seen.add(key)
    writer.writerow(row)
