import csv
import random
import sys

random.seed(1)
w = csv.writer(sys.stdout)
w.writerow(["event_id", "ts", "user", "kind", "value"])
for i in range(200_000):
    w.writerow([i, f"2024-06-03T{i // 8334 % 24:02d}:{i % 60:02d}:00Z", f"u{random.randint(1, 5000)}",
                random.choice(["view", "click", "buy"]), random.randint(1, 999)])
print(f"dumped 200000 events", file=sys.stderr)
