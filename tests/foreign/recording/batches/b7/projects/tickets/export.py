import csv
import sqlite3
import sys

con = sqlite3.connect("tickets.db")
rows = con.execute("select id, title, status, assignee from tickets where status != 'closed' order by id").fetchall()
w = csv.writer(sys.stdout)
w.writerow(["id", "title", "status", "owner"])
w.writerows(rows)
