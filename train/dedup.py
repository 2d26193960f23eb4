"""Exact and near-duplicate transcripts, found the way large corpora are deduplicated (MinHash LSH).

A transcript is normalised first (numbers, hex ids and times become `0`, whitespace runs one space), so
two runs of one variant that differ only in a PID, a timestamp or a port count as the same text. Exact
duplicates share the SHA-256 of that text. Near-duplicates are pairs whose estimated Jaccard similarity
of word 5-shingles reaches a threshold, found with datasketch's MinHash LSH (128 permutations).
"""
from __future__ import annotations

import hashlib
import re

from datasketch import MinHash, MinHashLSH

PERMUTATIONS = 128
SHINGLE = 5
VOLATILE = re.compile(r"\b(?:0x)?[0-9a-f]*\d[0-9a-f]*\b", re.IGNORECASE)  # counts, PIDs, ports, hashes, times


def normalised(text: str) -> str:
    """The text with what changes between runs of one variant (numbers, ids) and spacing smoothed out."""
    return " ".join(VOLATILE.sub("0", text).split())


def fingerprint(text: str) -> str:
    """SHA-256 of the normalised text: equal for exact duplicates."""
    return hashlib.sha256(normalised(text).encode()).hexdigest()


def minhash(text: str) -> MinHash:
    """MinHash of the normalised text's word 5-shingles."""
    words = normalised(text).split(" ")
    shingles = {" ".join(words[at:at + SHINGLE]) for at in range(max(1, len(words) - SHINGLE + 1))}
    signature = MinHash(num_perm=PERMUTATIONS, seed=1)
    signature.update_batch([shingle.encode() for shingle in shingles])
    return signature


def near_pairs(signatures: list[MinHash], threshold: float) -> list[tuple[int, int]]:
    """Index pairs (i < j) whose estimated Jaccard similarity is at least `threshold`."""
    index = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    pairs = []
    for at, signature in enumerate(signatures):
        for other in index.query(signature):
            if signature.jaccard(signatures[other]) >= threshold:
                pairs.append((other, at))
        index.insert(at, signature)
    return pairs


def clusters(count: int, pairs: list[tuple[int, int]]) -> list[int]:
    """Connected components of the pairs (union-find): the smallest member's index for every item."""
    parent = list(range(count))

    def root(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for first, second in pairs:
        low, high = sorted((root(first), root(second)))
        parent[high] = low
    return [root(item) for item in range(count)]
