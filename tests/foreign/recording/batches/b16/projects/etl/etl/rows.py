import os
import csv
from typing import Optional


def parse_qty(text: str) -> int:
    value: Optional[int] = int(text) if text.strip() else None
    return value


def read_rows(path: str) -> list[dict]:
    with open(path, newline="") as f:
        return [dict(r, qty=parse_qty(r["qty"])) for r in csv.DictReader(f)]
