"""Stock levels and reorder suggestions."""
import csv
from dataclasses import dataclass


@dataclass
class Item:
    sku: str
    name: str
    on_hand: int
    reorder_at: int


def load(path):
    with open(path, newline="") as handle:
        return [Item(r["sku"], r["name"], int(r["on_hand"]), int(r["reorder_at"])) for r in csv.DictReader(handle)]


def to_reorder(items):
    """Items at or below their reorder level."""
    return [item for item in items if item.on_hand < item.reorder_at]
