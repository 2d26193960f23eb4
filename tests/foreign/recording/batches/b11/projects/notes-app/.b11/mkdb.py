import os, random, sqlite3
random.seed(9)
db = sqlite3.connect(os.path.expanduser("~/notes-app/app.db"))
db.executescript("""
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL);
CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), title TEXT, body TEXT, updated_at TEXT);
CREATE INDEX notes_user ON notes(user_id);
""")
db.executemany("INSERT INTO users(email) VALUES (?)", [(f"user{i}@example.org",) for i in range(1, 61)])
db.executemany("INSERT INTO notes(user_id, title, body, updated_at) VALUES (?,?,?,?)",
               [(random.randint(1, 60), f"note {i}", "lorem ipsum " * random.randint(5, 80), f"2026-12-0{1 + i % 7} 10:{i % 60:02d}") for i in range(1, 2405)])
db.commit()
