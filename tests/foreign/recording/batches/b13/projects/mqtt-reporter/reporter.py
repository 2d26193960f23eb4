"""Print the last readings of the Pi's sensors as a table."""
from tabulate import tabulate

READINGS = [
    ("cpu_temp", 51.2, "C"),
    ("load_1m", 0.42, ""),
    ("mem_used", 37.5, "%"),
    ("disk_used", 64.0, "%"),
]

print(tabulate(READINGS, headers=["sensor", "value", "unit"], floatfmt=".1f"))
