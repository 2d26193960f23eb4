import csv
import json
import sys


def main(path):
    with open(path, newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        contacts = [dict(row) for row in reader]
    with open("contacts.json", "w", encoding="utf-8") as out:
        json.dump(contacts, out, ensure_ascii=False, indent=2)
    print(f"imported {len(contacts)} contacts from {path}")


if __name__ == "__main__":
    main(sys.argv[1])
