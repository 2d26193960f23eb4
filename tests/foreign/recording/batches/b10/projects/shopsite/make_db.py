import sqlite3
db = sqlite3.connect("db.sqlite3")
db.executemany("insert into catalog_product(name, sku, price, vat_rate) values (?,?,?,?)", [
    ("Desk lamp", "LMP-1", "24.50", "0.19"),
    ("Cable tray", None, "12.00", "0.19"),
    ("Cookbook", "BK-7", "18.00", "0.07"),
])
db.commit()
