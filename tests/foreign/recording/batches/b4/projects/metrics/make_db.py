import random, sqlite3
random.seed(7)
db = sqlite3.connect("metrics.db")
db.execute("CREATE TABLE requests (id INTEGER PRIMARY KEY, route TEXT, status INTEGER, elapsed_ms REAL, at TEXT)")
routes = ["/api/orders", "/api/orders/:id", "/api/cart", "/login", "/health"]
rows = [(i, random.choice(routes), random.choice([200] * 12 + [404, 500]), round(random.lognormvariate(3.5, 0.8), 1),
         f"2026-12-0{1 + i % 7}T{i % 24:02d}:00:00") for i in range(1, 2001)]
db.executemany("INSERT INTO requests VALUES (?, ?, ?, ?, ?)", rows)
db.commit()
