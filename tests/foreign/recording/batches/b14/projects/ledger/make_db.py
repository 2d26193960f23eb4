import sqlite3
db = sqlite3.connect("ledger.db")
db.executescript("""
CREATE TABLE entries (id INTEGER PRIMARY KEY, account TEXT, amount REAL, booked TEXT);
INSERT INTO entries (account, amount, booked) VALUES
 ('rent', -950, '2026-11-01'), ('salary', 3200, '2026-11-25'), ('food', -412.5, '2026-11-30'),
 ('rent', -950, '2026-12-01'), ('food', -88.2, '2026-12-05');
""")
db.commit()
