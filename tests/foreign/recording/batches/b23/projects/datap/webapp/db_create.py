import sqlite3

con = sqlite3.connect("app.db")
con.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT, visits INTEGER)")
con.executemany("INSERT INTO users (name, visits) VALUES (?, ?)", [("ada", 14), ("grace", 9), ("linus", 3)])
con.commit()
print("created app.db with", con.execute("SELECT count(*) FROM users").fetchone()[0], "users")
