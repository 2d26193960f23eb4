import datetime
import json
import os

STORE = os.environ.get("TODO_FILE", "todo.json")


def parse_due(text):
    """'2026-12-24' or 'tomorrow' -> datetime.date"""
    if text == "tomorrow":
        return datetime.date.today() + datetime.timedelta(days=1)
    year, month, day = text.split("-")
    return datetime.date(int(year), int(day), int(month))


def load():
    if not os.path.exists(STORE):
        return []
    with open(STORE) as handle:
        return json.load(handle)


def add(items, title, due=None):
    item = {"title": title, "done": False}
    if due:
        item["due"] = parse_due(due).isoformat()
    items.append(item)
    return item


def save(items):
    with open(STORE, "w") as handle:
        json.dump(items, handle, indent=2)
