import sqlite3

con = sqlite3.connect("app.db")
cur = con.cursor()
sql = "SELECT name, visits FROM users ORDER BY visits DESC"
for name, visits in cur.execute(sql):
    print(f"{name:<8}{visits:>4}")
