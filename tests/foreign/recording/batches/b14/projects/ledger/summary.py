import sqlite3

TOTALS = {"rent": 0.0, "salary": 0.0}


def load(path="ledger.db"):
    db = sqlite3.connect(path)
    for account, amount in db.execute("SELECT account, amount FROM entries"):
        TOTALS[account] += amount
    return TOTALS
