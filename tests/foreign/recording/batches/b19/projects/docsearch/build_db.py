#!/usr/bin/env python3
"""Build a sqlite document store from a folder of .jsonl files ({"id": ..., "text": ...} per line)."""
import json
import os
import sqlite3
import sys
from pathlib import Path


def iter_docs(folder):
    for path in sorted(Path(folder).glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    doc = json.loads(line)
                    yield doc["id"], doc["text"]


def store_contents(data_path, save_path):
    if os.path.isfile(save_path):
        raise RuntimeError("%s already exists! Not overwriting." % save_path)
    print("Reading into database...")
    conn = sqlite3.connect(save_path)
    c = conn.cursor()
    c.execute("CREATE TABLE documents (id PRIMARY KEY, text);")
    count = 0
    for doc_id, text in iter_docs(data_path):
        c.execute("INSERT INTO documents VALUES (?,?)", (doc_id, text))
        count += 1
    print("Read %d docs." % count)
    print("Committing...")
    conn.commit()
    conn.close()


if __name__ == "__main__":
    store_contents(sys.argv[1], sys.argv[2])
