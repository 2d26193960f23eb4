import csv

from invoice import invoice_total

INVOICES = {
    "INV-1001": [(2, 10.0), (1, 5.0)],
    "INV-1002": [(10, 3.2)],
    "INV-1003": [(1, 99.0), (4, 1.25)],
}

with open("out/invoices.csv", "w", newline="") as fh:
    writer = csv.writer(fh)
    writer.writerow(["invoice", "total"])
    for number, lines in INVOICES.items():
        writer.writerow([number, invoice_total(lines)])
print(f"wrote {len(INVOICES)} invoices to out/invoices.csv")
