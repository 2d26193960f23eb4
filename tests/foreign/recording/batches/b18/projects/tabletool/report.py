"""Print this week's build durations as a table."""
from tabulate import tabulate

ROWS = [
    ("api", "main", 412),
    ("web", "main", 958),
    ("worker", "release/2.3", 233),
]

print(tabulate(ROWS, headers=["service", "branch", "seconds"], tablefmt="github"))
