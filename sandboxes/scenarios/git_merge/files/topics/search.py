"""Simple full-text search."""
def search(records, query):
    words = query.lower().split()
    return [r for r in records if all(w in r["text"].lower() for w in words)]
