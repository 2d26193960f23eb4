import random
import sys

random.seed(11)
out = sys.stdout
out.write("order_id,customer_id,status,amount,created_at\n")
for i in range(1, 60001):
    out.write("%d,%d,%s,%.2f,2026-11-%02dT%02d:%02d:00Z\n" % (
        100000 + i, random.randint(1, 4000), random.choice(["paid", "paid", "refunded", "pending"]),
        random.uniform(5, 400), 1 + i % 30, i % 24, i % 60))
print("exported 60000 orders", file=sys.stderr)
