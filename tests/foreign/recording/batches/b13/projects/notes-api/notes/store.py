import json

from tabulate import tabulate


def load(path="notes.json"):
    with open(path) as f:
        return json.load(f)


def search(notes, term):
    return [n for n in notes
            if term in n["title"]]


def format_table(notes):
    return tabulate([(n["id"], n["title"], n["tag"]) for n in notes], headers=["id", "title", "tag"])
