import csv
import locale
import sys

locale.setlocale(locale.LC_ALL, "")

with open(sys.argv[1], newline="") as fh:
    rows = list(csv.DictReader(fh))
total = sum(float(r["kwh"]) for r in rows)
print("total:", locale.format_string("%.1f", total, grouping=True), "kWh")
