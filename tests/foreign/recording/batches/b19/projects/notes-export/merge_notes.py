import csv
import sys

path = sys.argv[1]
with open(path, newline="", encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh))

with open("notes.md", "w", encoding="utf-8") as out:
    for row in rows:
        out.write(f"## {row['title']} ({row['created']})\n\n{row['body']}\n\n")
print(f"merged {len(rows)} notes into notes.md")
