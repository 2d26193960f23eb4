import sys
from openpyxl import load_workbook

wb = load_workbook(sys.argv[1], read_only=True)
ws = wb.active
rows = list(ws.iter_rows(values_only=True))
header, data = rows[0], rows[1:]
print(f"{ws.title}: {len(data)} contacts, columns {list(header)}")
for row in data[:3]:
    print("  ", row)
