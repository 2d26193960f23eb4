"""Request metrics."""
from collections import Counter

requests = Counter()


def record(path, status):
    requests[(path, status)] += 1
