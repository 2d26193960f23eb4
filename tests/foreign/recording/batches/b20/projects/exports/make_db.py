import random, sqlite3
random.seed(7)
db = sqlite3.connect("shop.db")
db.execute("create table orders (id integer primary key, created text, customer text, sku text, qty int, total real, note text)")
skus = ["A-100", "B-220", "C-310", "D-404", "E-512"]
rows = []
for i in range(1, 90001):
    rows.append((i, f"2026-{random.randint(1,11):02d}-{random.randint(1,28):02d}", f"cust{random.randint(1,4000):05d}",
                 random.choice(skus), random.randint(1, 9), round(random.uniform(5, 500), 2),
                 random.choice(["", "gift wrap", "leave at door", "call before delivery"])))
db.executemany("insert into orders values (?,?,?,?,?,?,?)", rows)
db.commit()
