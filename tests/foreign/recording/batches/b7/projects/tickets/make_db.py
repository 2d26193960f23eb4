import sqlite3, random
random.seed(5)
con = sqlite3.connect("tickets.db")
con.execute("create table users (id integer primary key, login text)")
con.execute("create table tickets (id integer primary key, title text, status text, owner text, opened text)")
con.executemany("insert into users(login) values (?)", [("ana",), ("bo",), ("kim",)])
for i in range(1, 58):
    con.execute("insert into tickets(title,status,owner,opened) values (?,?,?,?)",
                ("ticket %d" % i, random.choice(["open", "open", "pending", "closed"]), random.choice(["ana", "bo", "kim"]), "2026-11-%02d" % (1 + i % 28)))
con.commit()
