"""In-memory cache with expiry."""
import time

_store = {}


def get(key):
    value, expires = _store.get(key, (None, 0))
    return value if expires > time.time() else None


def put(key, value, ttl):
    _store[key] = (value, time.time() + ttl)
