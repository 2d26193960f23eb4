import sys

from notes.store import format_table, load, search

notes = load()
if len(sys.argv) > 2 and sys.argv[1] == "search":
    notes = search(notes, sys.argv[2])
print(format_table(notes))
