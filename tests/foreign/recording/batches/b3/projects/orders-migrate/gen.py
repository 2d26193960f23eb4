import json, random
random.seed(7)
with open("data/orders.ndjson", "w") as out:
    for i in range(1, 120001):
        items = [{"sku": f"SKU-{random.randint(100, 999)}", "qty": random.randint(1, 4), "price": round(random.uniform(2, 80), 2)}
                 for _ in range(random.randint(1, 4))]
        out.write(json.dumps({"id": i, "customer_id": random.randint(1, 9000), "email": f"customer{i % 9000}@example.com",
                              "items": items, "ts": 1764547200 + i * 37}) + "\n")
